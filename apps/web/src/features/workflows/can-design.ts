import { can } from '../session/can.ts';
import { account } from '../session/session.ts';

/** Whether the signed-in account designs its office's workflows (the server's `workflow.design`). */
export const canDesign = (): boolean => can('workflow.design', account()?.orgPath ?? '');
