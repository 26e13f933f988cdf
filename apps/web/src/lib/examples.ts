import { Kind, parse } from "graphql";

export interface ExampleTab {
  query: string;
}

/**
 * Splits a file of example operations into one playground tab per operation. Each tab keeps the
 * comments written above its operation and gets every fragment in the file, so it runs on its own.
 * A file that does not parse is shown whole, in one tab, where GraphiQL will point at the error.
 */
export function exampleTabs(source: string): ExampleTab[] {
  if (!source.trim()) return [];
  let document;
  try {
    document = parse(source);
  } catch {
    return [{ query: source.trim() + "\n" }];
  }
  const fragments: string[] = [];
  const operations: string[] = [];
  let previousEnd = 0;
  for (const definition of document.definitions) {
    const loc = definition.loc;
    if (!loc) continue;
    const text = source.slice(previousEnd, loc.end).trim();
    previousEnd = loc.end;
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.push(text);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(text);
  }
  if (operations.length === 0) return [{ query: source.trim() + "\n" }];
  return operations.map((op) => ({ query: [op, ...fragments].join("\n\n") + "\n" }));
}
