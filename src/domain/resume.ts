// Which conversation "Begin het gesprek" continues: the open one of the chosen type, so a second tap
// (or a second tablet) does not split one conversation into two with half the answers each.
import type { Conversation, ConversationType } from './types';

/**
 * The latest conversation of this type that has not ended, if any. With the partner present, a private
 * conversation is never continued (its answers would be on the screen): a new one starts instead.
 */
export const openConversationOfType = (
  conversations: readonly Conversation[],
  type: ConversationType,
  present: { partner?: boolean } = {},
): Conversation | undefined =>
  conversations
    .filter((c) => c.type === type && !c.endedAt && !(present.partner && c.private))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id))
    .at(-1);
