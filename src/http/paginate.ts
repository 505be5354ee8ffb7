/**
 * A pagination walk that knows nothing about any API: the caller says how to
 * fetch a page, what the items of a page are, and how to make the next request
 * from the previous request and its answer (Asana: the `next_page.offset`
 * token; Dreadnode: `page + 1` while `has_next`).
 */

export type Query = Record<string, string | number | boolean | undefined>;

export interface PageRequest {
  path: string;
  query?: Query;
}

export interface PaginateSpec<Page, Item> {
  /** The first request. */
  first: PageRequest;
  /** The items on one page. */
  items: (page: Page) => readonly Item[];
  /** The next request, or undefined when `page` was the last. */
  next: (page: Page, request: PageRequest) => PageRequest | undefined;
  /** Safety stop against an API that never says "last page". Default 100000. */
  maxPages?: number;
}

export async function* paginate<Page, Item>(
  fetchPage: (request: PageRequest) => Promise<Page>,
  spec: PaginateSpec<Page, Item>,
): AsyncGenerator<Item, void, undefined> {
  const maxPages = spec.maxPages ?? 100_000;
  let request: PageRequest | undefined = spec.first;
  const seen = new Set<string>();
  for (let n = 0; request !== undefined; n++) {
    if (n >= maxPages) throw new Error(`pagination of ${spec.first.path} stopped after ${maxPages} pages`);
    const key = JSON.stringify([request.path, request.query ?? {}]);
    if (seen.has(key)) throw new Error(`pagination of ${spec.first.path} repeated a request; the API returned the same next page twice`);
    seen.add(key);
    const page: Page = await fetchPage(request);
    yield* spec.items(page);
    request = spec.next(page, request);
  }
}

export async function collect<Item>(iterable: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
