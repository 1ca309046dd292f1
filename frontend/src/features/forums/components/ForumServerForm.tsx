import { ServerForm, type ServerFormProps } from '../../../components';
import { useForumErrorText } from './ruleMessages';

/** The server form with a refusal that names no field explained in the forum's words (see `useForumErrorText`). */
export function ForumServerForm({
  describeError,
  ...props
}: Omit<ServerFormProps, 'describeError'> & { describeError?: ServerFormProps['describeError'] }) {
  const forumErrorText = useForumErrorText();
  return <ServerForm describeError={describeError ?? forumErrorText} {...props} />;
}
