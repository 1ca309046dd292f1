export { getAuthState, initAuth, isLoginResponse, login, logout, onLoginChange, useAuth } from './auth';
export type { AuthState } from './auth';
export { meQueryKey, useMe } from './useMe';
export type { Me } from './useMe';
