import { FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { SourceKind } from "../../graphql/enums.js";
import { Source, sourceOf, Span, spanOf, type SourceModel } from "./source.type.js";

/** How a quote or claim row stores its attribution: `<role>Name`, `<role>Kind`, `<role>PersonId`, the cue and the source span. */
type SourceNames<Role extends string> = Record<`${Role}Name` | `${Role}Kind`, string | null>;
type SourcePersonId<Role extends string> = Record<`${Role}PersonId`, number | null>;
export type AttributedRow<Role extends string> = SourceNames<Role> & SourcePersonId<Role> & {
  cueStart: number | null;
  cueEnd: number | null;
  cueText: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  sourceText: string | null;
};

/**
 * The attribution fields Quote and Claim share — the source (named `role`: `speaker`, `claimant`),
 * `cue`, `cueSpan`, `sourceSpan` — as a base class for their resolvers. Each reads the row's own
 * columns, so none needs a loader.
 */
export function createSourceFieldsResolver<Role extends string>(
  of: () => ClassType,
  role: Role,
  descriptions: { source: string; cue: string; sourceSpan: string },
) {
  @Resolver(of)
  abstract class SourceFieldsResolver {
    @FieldResolver(() => Source, { name: role, nullable: true, description: descriptions.source })
    attributedTo(@Root() row: AttributedRow<Role>): SourceModel | null {
      const names: SourceNames<Role> = row;
      const personId: SourcePersonId<Role> = row;
      return sourceOf(names[`${role}Name`], names[`${role}Kind`] as SourceKind | null, personId[`${role}PersonId`]);
    }

    @FieldResolver(() => String, { nullable: true, description: descriptions.cue })
    cue(@Root() row: AttributedRow<Role>): string | null {
      return row.cueText;
    }

    @FieldResolver(() => Span, { nullable: true, description: "Where the attributing words are in the text." })
    cueSpan(@Root() row: AttributedRow<Role>): Span | null {
      return spanOf(row.cueStart, row.cueEnd, row.cueText);
    }

    @FieldResolver(() => Span, { nullable: true, description: descriptions.sourceSpan })
    sourceSpan(@Root() row: AttributedRow<Role>): Span | null {
      return spanOf(row.sourceStart, row.sourceEnd, row.sourceText);
    }
  }
  return SourceFieldsResolver;
}
