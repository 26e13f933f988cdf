import { Field, ID, Int, ObjectType } from "type-graphql";
import { Person } from "../person/person.type.js";

@ObjectType({ simpleResolvers: true, description: "A person who appears in the same articles as another." })
export class CoPerson {
  @Field(() => Person, { description: "The person." })
  person!: Person;

  @Field(() => Int, { description: "Articles both appear in (among the other person's latest 500)." })
  sharedArticles!: number;
}

@ObjectType({ simpleResolvers: true, description: "Two people of a network who appear in the same articles." })
export class CoLink {
  @Field(() => ID, { description: "One person's id." })
  source!: string;

  @Field(() => ID, { description: "The other person's id." })
  target!: string;

  @Field(() => Int, { description: "Articles both appear in." })
  sharedArticles!: number;
}

@ObjectType({ simpleResolvers: true, description: "The people someone appears with, and how those people appear with each other." })
export class CoOccurrence {
  @Field(() => [CoPerson], { description: "People sharing the most articles with the person, most first." })
  people!: CoPerson[];

  @Field(() => [CoLink], { description: "Links between those people (the person is linked to each of them)." })
  links!: CoLink[];
}
