// A small React app that uses the wrapper as an agency's React project would. It is bundled with
// esbuild (React ships CommonJS) by scripts/build-react-fixture.mjs before the browser tests.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CourtesyFeedback } from '../../src/react.js';

export interface AppProps {
  endpoint: string;
  onRate: (rating: number) => void;
  onSent: (receipt: string | null, metadata: Record<string, unknown>) => void;
}

function App({ endpoint, onRate, onSent }: AppProps) {
  const [ratings, setRatings] = React.useState(0);
  return (
    <main>
      <p id="count">{ratings} ratings</p>
      <CourtesyFeedback
        endpoint={endpoint}
        lang="en"
        staffName="Kim"
        scale="thumbs2"
        metadata={{ app: 'react', nested: { ok: true } }}
        onFeedbackRate={(event) => {
          setRatings((count) => count + 1);
          onRate(event.detail.rating);
        }}
        onFeedbackSent={(event) => onSent(event.detail.receipt, event.detail.payload.metadata)}
      />
    </main>
  );
}

export function renderApp(container: HTMLElement, props: AppProps): Root {
  const root = createRoot(container);
  flushSync(() => root.render(<App {...props} />));
  return root;
}
