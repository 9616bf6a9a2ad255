import type { TokenProvider } from '../../controllers/submit-controller.js';

/** The request headers with the page's anti-abuse token, or undefined when its hook gave none. */
export async function withToken(
  headers: Record<string, string> | undefined,
  tokenProvider: TokenProvider | undefined
): Promise<Record<string, string> | undefined> {
  if (!tokenProvider) return { ...headers };
  let token: unknown;
  try {
    token = await tokenProvider();
  } catch (error) {
    token = error;
  }
  if (typeof token === 'string' && token) return { ...headers, 'X-Feedback-Token': token };
  console.error('<courtesy-feedback> tokenProvider gave no token; nothing was sent.', token);
  return undefined;
}
