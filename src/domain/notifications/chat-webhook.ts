/**
 * Whether text is a Google Chat incoming-webhook URL:
 * `https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN` (platform.md: Google
 * Chat incoming webhooks).
 */
export function isChatWebhookUrl(text: string): boolean {
  return /^https:\/\/chat\.googleapis\.com\/v1\/spaces\/[\w-]+\/messages\?(?=.*\bkey=[\w-]+)(?=.*\btoken=[\w%=-]+)[\w%=&-]+$/.test(
    text.trim()
  );
}
