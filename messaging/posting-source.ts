import { tailor, type Posting } from '../template';

/**
 * Where Insert / Fill / Copy get their posting. For now the default tailoring; the preset picker will
 * replace this one function (popup, keyboard command and context menu all call it).
 */
export async function loadCurrentPosting(): Promise<Posting> {
  return tailor({});
}
