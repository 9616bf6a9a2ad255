import { expect, waitUntil } from '@open-wc/testing';
import type { AppProps } from './react/app.js';
import { sameOriginBin } from './helpers.js';

// The React app is bundled beforehand (scripts/build-react-fixture.mjs); its path is built at run
// time so that the type checker does not look for the bundle.
const bundle = ['.', 'react', '.build', 'app.js'].join('/');

interface ReactApp {
  renderApp(container: HTMLElement, props: AppProps): { unmount(): void };
}

describe('React wrapper (courtesy-feedback/react.js)', () => {
  it('should render in React, pass objects as properties, and call the event props', async () => {
    const { renderApp } = (await import(bundle)) as ReactApp;
    const bin = sameOriginBin();
    const container = document.createElement('div');
    document.body.append(container);
    const rated: number[] = [];
    const sent: { receipt: string | null; metadata: Record<string, unknown> }[] = [];
    const root = renderApp(container, {
      endpoint: bin.endpoint(),
      onRate: (rating) => rated.push(rating),
      onSent: (receipt, metadata) => sent.push({ receipt, metadata }),
    });
    try {
      const el = container.querySelector('courtesy-feedback') as HTMLElement & {
        updateComplete: Promise<boolean>;
        endpoint: string;
        metadata: unknown;
        submit(): Promise<boolean>;
      };
      await el.updateComplete;
      expect(el.endpoint, 'React props become element properties').to.equal(bin.endpoint());
      expect(el.metadata, 'an object prop is set as a property').to.deep.equal({ app: 'react', nested: { ok: true } });
      const good = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="2"]')!;
      expect(good.labels![0].textContent).to.include('Good');
      good.click();
      expect(rated).to.deep.equal([2]);
      await waitUntil(() => container.querySelector('#count')!.textContent === '1 ratings', 'React state updated');
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.metadata).to.deep.equal({ app: 'react', nested: { ok: true } });
      expect(request.payload!.subject.staffName).to.equal('Kim');
      expect(sent).to.deep.equal([{ receipt: 'CF-TEST-0001', metadata: { app: 'react', nested: { ok: true } } }]);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
