import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { encodeCursor, type CursorKey, type Page } from "./cursor.js";

@ObjectType({ simpleResolvers: true, description: "Where a page of a list ends and whether another follows." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page; null on an empty page." })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `How many items to return (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (a previous page's `endCursor`)." })
  after?: string | null;
}

export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(Node: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque position of this item; pass as `after` to continue from it." })
    cursor!: string;

    @Field(() => Node, { description: `The ${name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural} (keyset pagination: stable while items are added).` })
  class Connection {
    @Field(() => [Edge], { description: `The ${plural} in this page, with cursors.` })
    edges!: Edge[];

    @Field(() => [Node], { description: `The ${plural} in this page, without cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Whether more follow and where to continue." })
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** Turns a fetched page into a connection value; `keyOf` gives each item's sort key. */
export function toConnection<T>(page: Page<T>, keyOf: (item: T) => CursorKey): ConnectionValue<T> {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: page.items,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
