/** Terminal colours, used only when asked (a terminal, and NO_COLOR not set). */
export interface Style {
  add(text: string): string;
  remove(text: string): string;
  change(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colour: Style = {
  add: wrap(32, 39),
  remove: wrap(31, 39),
  change: wrap(33, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const same = (text: string) => text;
export const plain: Style = { add: same, remove: same, change: same, dim: same, bold: same };

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function chooseStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  return stream.isTTY && !env.NO_COLOR ? colour : plain;
}
