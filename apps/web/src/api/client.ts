import type { Health, OrgChildren, OrgDetail, OrgSearchResult, Problem } from '@cascade/contracts';

/** An API failure carrying the server's problem document, shown to the user as is. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError({ type: '/problems/network', title: '无法连接服务器，请检查网络后重试', status: 0 });
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(
      body?.title
        ? (body as Problem)
        : { type: '/problems/http', title: `请求失败（${res.status}）`, status: res.status },
    );
  }
  return body as T;
}

/** The typed client: one function per endpoint, shapes from @cascade/contracts. */
export const api = {
  health: () => getJson<Health>('/api/health'),
  orgRoots: () => getJson<OrgChildren>('/api/orgs/roots'),
  org: (id: string) => getJson<OrgDetail>(`/api/orgs/${encodeURIComponent(id)}`),
  orgChildren: (id: string) => getJson<OrgChildren>(`/api/orgs/${encodeURIComponent(id)}/children`),
  searchOrgs: (q: string, limit = 20) =>
    getJson<OrgSearchResult>(`/api/orgs?q=${encodeURIComponent(q)}&limit=${limit}`),
};
