/**
 * Page-number pagination of the workspace list: `?page=1&page_size=100`
 * answers `{…items, page, limit, total, total_pages, has_next, has_previous}`.
 */
import type { Checks } from './checks.js';

/** Guess: the reference's example asks for 100 a page, so 100 works; more is refused (422). */
export const MAX_PAGE_SIZE = 100;
/**
 * Guess: without page_size a page holds 20, less than the maximum, so a client
 * that forgets to send page_size (or to follow has_next) misses workspaces as
 * soon as an organisation has more than 20.
 */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageOf<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  total_pages: number;
  has_next: boolean;
  has_previous: boolean;
}

export interface PageRequest {
  page: number;
  limit: number;
}

/** `page` ≥ 1 (default 1) and 1 ≤ `page_size` ≤ MAX_PAGE_SIZE; problems go to `checks` (422). */
export function pageRequest(checks: Checks, query: URLSearchParams): PageRequest {
  return {
    page: checks.int(query, 'page', 1, 1),
    limit: checks.int(query, 'page_size', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

/** One page. Guess: a page past the last answers 200 with no items; an empty list has total_pages 0. */
export function pageOf<T>({ page, limit }: PageRequest, all: readonly T[]): PageOf<T> {
  const total = all.length;
  const totalPages = Math.ceil(total / limit);
  const start = (page - 1) * limit;
  return {
    items: all.slice(start, start + limit),
    page,
    limit,
    total,
    total_pages: totalPages,
    has_next: page < totalPages,
    has_previous: page > 1,
  };
}
