// Menu item "Connect Google Chat": checks the webhook URL, saves it and posts a test message.
import {textPost} from '../../domain/notifications/chat-card';
import {isChatWebhookUrl} from '../../domain/notifications/chat-webhook';
import {clearChatOff, postToChat} from '../../workspace/services/chat';
import {PROPERTY, setScriptProperty} from '../../workspace/services/properties';
import {ownerMayAct} from '../setup/owner';

/**
 * "Connect Google Chat": asks for the space's incoming-webhook URL, checks it is a
 * chat.googleapis.com webhook, keeps it in Script Properties only (it is a secret: platform.md:
 * Google Chat incoming webhooks) and posts a test message. Returns what it told the coordinator.
 */
export function connectChat(): string {
  if (!ownerMayAct('connect Google Chat')) return 'Refused.';
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'Connect Google Chat',
    "Paste the incoming-webhook URL of the desk's Chat space (Space settings › Apps & integrations › Webhooks). It is kept in Script Properties, never in the sheet.",
    ui.ButtonSet.OK_CANCEL
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return 'Cancelled.';
  const url = answer.getResponseText().trim();
  let report: string;
  if (!isChatWebhookUrl(url)) {
    report =
      'That is not a Google Chat webhook URL. It starts with https://chat.googleapis.com/v1/spaces/ and has key= and token= in it. Nothing was saved.';
  } else {
    const test = postToChat(
      textPost(
        'peer-desk-setup',
        'Peer Desk is connected: alerts for this desk will appear here.'
      ),
      `setup-${Date.now()}`,
      url
    );
    if (test.ok) {
      setScriptProperty(PROPERTY.chatWebhook, url);
      clearChatOff();
      report = 'Connected: a test message was posted in the space.';
    } else {
      report = `The test message failed, so nothing was saved: ${test.error}`;
    }
  }
  ui.alert('Connect Google Chat', report, ui.ButtonSet.OK);
  return report;
}
