// The web app's self-help links for new tickets: signed "This fixed it" links and the Knowledge Base page.
import {fixedLink, knowledgeBaseLink} from '../../domain/knowledge/fixed-link';
import {IntakeContext} from '../../domain/ticket-flow/intake-context';
import {signer, webAppUrl} from '../../workspace/services/signing';

/** None before the web app is deployed (its URL is unknown until then). */
export function selfHelpLinks(): IntakeContext['selfHelpLinks'] {
  const url = webAppUrl();
  if (!url) return undefined;
  const sign = signer();
  return {
    fixed: (ticketId, article) => fixedLink(url, {ticketId, article}, sign),
    knowledgeBase: language => knowledgeBaseLink(url, language),
  };
}
