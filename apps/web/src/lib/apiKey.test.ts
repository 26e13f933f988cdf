import { describe, expect, it } from "vitest";
import { authorizationHeader, isPlausibleKey, keyFromFragment } from "./apiKey";

describe("sign-in links", () => {
  it("carry the key in the fragment", () => {
    expect(keyFromFragment("#key=wsk_abcDEF123-_xyz")).toBe("wsk_abcDEF123-_xyz");
    expect(keyFromFragment("key=wsk_abcDEF123-_xyz&x=1")).toBe("wsk_abcDEF123-_xyz");
    expect(keyFromFragment("#key=wsk_a%2Bb%3Dc_long_enough")).toBe("wsk_a+b=c_long_enough");
  });

  it("ignore fragments without a usable key", () => {
    expect(keyFromFragment("")).toBeNull();
    expect(keyFromFragment("#main")).toBeNull();
    expect(keyFromFragment("#key=")).toBeNull();
    expect(keyFromFragment("#key=has spaces in it")).toBeNull();
    expect(keyFromFragment("#key=short")).toBeNull();
  });

  it("send keys as bearer tokens", () => {
    expect(authorizationHeader("wsk_x")).toEqual({ authorization: "Bearer wsk_x" });
    expect(authorizationHeader("")).toEqual({});
    expect(isPlausibleKey("wsk_ü_not_ascii_key")).toBe(false);
  });
});
