import type { Plan } from '../model/index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText, type TextOptions } from './text.js';

export type Format = 'text' | 'markdown' | 'json';
export const formats: readonly Format[] = ['text', 'markdown', 'json'];

export function render(plan: Plan, format: Format, options: TextOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(plan);
    case 'markdown':
      return renderMarkdown(plan);
    case 'text':
      return renderText(plan, options);
  }
}

export { renderText, renderMarkdown, renderJson };
export { chooseStyle, colour, plain, type Style } from './style.js';
