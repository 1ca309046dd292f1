import { createContext, createElement, useContext, type ComponentType } from 'react';

export type FollowSubjectType = 'AGREEMENT' | 'FORUM' | 'ACTION_ITEM';

export type FollowProps = {
  subjectType: FollowSubjectType;
  subjectId: string;
  /** The subject's name, for the control's accessible label. */
  name: string;
};

/**
 * Where a page lets a person follow what it shows (notifications by e-mail and in the app). The app provides the
 * notifications feature's control, so that the owning features offer it without importing another feature.
 */
export const FollowContext = createContext<ComponentType<FollowProps> | null>(null);

export function Follow(props: FollowProps) {
  const Control = useContext(FollowContext);
  return Control ? createElement(Control, props) : null;
}
