import { AppError } from "../lib/errors";

export function NotFoundRoute(): never {
  throw new AppError("NOT_FOUND", "There is no page at this address.");
}
