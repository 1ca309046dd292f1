export { getAuthState, initAuth, login, logout, useAuth } from './auth';
export type { AuthState } from './auth';
export { meQueryKey, useMe } from './useMe';
export type { Me } from './useMe';
