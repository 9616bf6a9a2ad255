// The alternative, bundled as small as it goes: Sentry's browser SDK with only its user-feedback
// integration (no default integrations, no tracing, no replay), which injects its feedback button.
import { feedbackIntegration, init } from '@sentry/browser';

init({
  dsn: 'https://public@127.0.0.1/1',
  defaultIntegrations: false,
  integrations: [feedbackIntegration({ autoInject: true, colorScheme: 'light' })],
});
