// The consultant's session on this tablet: log in once online, then keep a fresh access token.
// The session (and so offline work) survives without network; only the server decides it is over.
import type { SessionResponse, UserInfo } from '../protocol/api';
import { ApiError, type ApiClient } from './apiClient';

export interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  deviceId: string;
  user: UserInfo;
}

/** Where the session is kept (IndexedDB on the tablet, memory in tests). */
export interface SessionStore {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: UserInfo; deviceId: string }
  /** The server refused the refresh token: log in again; local work stays. */
  | { status: 'expired'; user: UserInfo }
  /** A beheerder revoked this tablet. */
  | { status: 'revoked'; user: UserInfo };

const REFRESH_MARGIN_S = 60;

const fromResponse = (r: SessionResponse): StoredSession => ({
  accessToken: r.accessToken,
  accessTokenExpiresAt: r.accessTokenExpiresAt,
  refreshToken: r.refreshToken,
  deviceId: r.deviceId,
  user: r.user,
});

export class SessionManager {
  private session: StoredSession | null = null;
  private state: SessionState = { status: 'signed-out' };
  private refreshing: Promise<string> | null = null;
  private readonly listeners = new Set<(state: SessionState) => void>();

  constructor(
    private readonly api: ApiClient,
    private readonly store: SessionStore,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  async restore(): Promise<SessionState> {
    this.session = await this.store.load();
    this.setState(this.session ? { status: 'signed-in', user: this.session.user, deviceId: this.session.deviceId } : { status: 'signed-out' });
    return this.state;
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(email: string, password: string, deviceName: string): Promise<void> {
    const response = await this.api.login({ email, password, deviceName });
    this.session = fromResponse(response);
    await this.store.save(this.session);
    this.setState({ status: 'signed-in', user: response.user, deviceId: response.deviceId });
  }

  /** The server said this tablet was revoked (on the socket or a REST call). */
  markRevoked(): void {
    if (this.session && this.state.status !== 'revoked') this.setState({ status: 'revoked', user: this.session.user });
  }

  async logout(): Promise<void> {
    this.session = null;
    await this.store.clear();
    this.setState({ status: 'signed-out' });
  }

  /** A valid access token, refreshed when it is about to expire. Throws ApiError when that is impossible. */
  getAccessToken(): Promise<string> {
    const session = this.session;
    if (!session || this.state.status !== 'signed-in') return Promise.reject(new ApiError('invalid-token'));
    if (session.accessTokenExpiresAt - REFRESH_MARGIN_S > this.nowSeconds()) return Promise.resolve(session.accessToken);
    this.refreshing ??= this.refresh(session).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(session: StoredSession): Promise<string> {
    try {
      const response = await this.api.refresh(session.refreshToken);
      this.session = fromResponse(response);
      await this.store.save(this.session);
      return this.session.accessToken;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'device-revoked') this.setState({ status: 'revoked', user: session.user });
      else if (error instanceof ApiError && (error.code === 'invalid-token' || error.code === 'token-expired')) {
        this.setState({ status: 'expired', user: session.user });
      }
      throw error;
    }
  }

  private setState(state: SessionState) {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
