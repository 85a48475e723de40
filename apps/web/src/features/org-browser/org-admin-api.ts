import { call, http } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

export type CapabilitiesPatch = components['schemas']['OrgCapabilitiesPatch'];

const section = (id: string, sectionId: string) => ({ params: { path: { id, sectionId } } });

/** What an admin changes in the org tree: capabilities and 股室 (the server checks who may). */
export const orgAdminApi = {
  setCapabilities: (id: string, body: CapabilitiesPatch) =>
    call(http.PATCH('/api/orgs/{id}/capabilities', { params: { path: { id } }, body })),
  addSection: (id: string, name: string) =>
    call(http.POST('/api/orgs/{id}/sections', { params: { path: { id } }, body: { name } })),
  renameSection: (id: string, sectionId: string, name: string) =>
    call(http.PATCH('/api/orgs/{id}/sections/{sectionId}', { ...section(id, sectionId), body: { name } })),
  removeSection: (id: string, sectionId: string) =>
    call(http.DELETE('/api/orgs/{id}/sections/{sectionId}', section(id, sectionId))),
};
