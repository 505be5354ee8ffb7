import { chooseStyle, type Style } from '../render/index.js';
import type { Io } from './io.js';

export function textOptions(io: Io, verbose: boolean | undefined): { style: Style; verbose: boolean } {
  return { style: chooseStyle(io.stdout, io.env), verbose: verbose ?? false };
}
