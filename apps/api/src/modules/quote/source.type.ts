import { Field, Int, ObjectType } from "type-graphql";
import { SourceKind } from "../../graphql/enums.js";
import { Person } from "../person/person.type.js";

/** Who a quote or claim is attributed to; `personId` links a PERSON to the registry. */
export interface SourceModel {
  name: string;
  kind: SourceKind;
  personId: number | null;
}

@ObjectType({ simpleResolvers: true, description: "Who said or claimed something: a person, an organisation, a work or an anonymous source." })
export class Source {
  @Field(() => String, {
    description:
      "The source's name. A PERSON's is the fullest name the article uses for them (“Jason Miller”) until an editor attributes the item to them " +
      "or a merge or split moves it to them; from then on it is their `Person.name` at that moment (a full name learnt later from another article " +
      "does not reach it). Any other source's is the words the article or the editor gives (“Woodward’s book”, “the aide”).",
  })
  name!: string;

  @Field(() => SourceKind, { description: "What kind of source this is." })
  kind!: SourceKind;

  @Field(() => Person, { nullable: true, description: "The person, when the source is a PERSON." })
  person!: Person | null;
}

@ObjectType({ simpleResolvers: true, description: "A stretch of `Article.text`." })
export class Span {
  @Field(() => Int, { description: "Offset of the first character (UTF-16 code units)." })
  start!: number;

  @Field(() => Int, { description: "Offset just after the last character." })
  end!: number;

  @Field(() => String, { description: "The text of the span." })
  text!: string;
}

/** A span from three nullable columns, or null when the column is empty. */
export function spanOf(start: number | null, end: number | null, text: string | null): Span | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

export function sourceOf(name: string | null, kind: SourceKind | null, personId: number | null): SourceModel | null {
  return name === null || kind === null ? null : { name, kind, personId };
}
