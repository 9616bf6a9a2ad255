import type { Kit } from '../features/kit.js';

export interface Subject {
  service?: string;
  department?: string;
  staffName?: string;
  staffPhoto?: string;
}

/** Who and what is being rated, as the visitor sees it: the staff member's name and photo, the service and department. */
export function subjectLine({ html, nothing, term }: Kit, { service, department, staffName, staffPhoto }: Subject) {
  const context = [service, department].filter(Boolean).join(' · ');
  if (!staffName && !context) return nothing;
  return html`<div class="subject" part="subject">
    ${staffPhoto ? html`<img part="staff-photo" src=${staffPhoto} alt="" />` : nothing}
    <div>
      ${staffName ? html`<p>${term('staffLabel', { name: staffName })}</p>` : nothing}
      ${context ? html`<p class="subject-context">${context}</p>` : nothing}
    </div>
  </div>`;
}
