
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** A handful of the most common passwords; longer than PASSWORD_MIN ones are what matter here. */
const COMMON = new Set([
  "password", "password1", "password12", "password123", "password1234", "123456789", "1234567890", "12345678910",
  "qwertyuiop", "qwerty1234", "qwerty12345", "1q2w3e4r5t", "1qaz2wsx3edc", "iloveyou12", "letmein123", "welcome123",
  "administrator", "admin12345", "adminadmin", "changeme123", "passw0rd123", "football123", "baseball123",
  "abcdefghij", "abc1234567", "0987654321", "1111111111", "0000000000", "aaaaaaaaaa", "trustno1234", "sunshine123",
  "princess123", "dragon1234", "monkey1234", "superman123", "starwars123", "computer123", "whatever123",
]);

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters`;
  if (COMMON.has(password.toLowerCase()) || /^(.)\1+$/.test(password)) return "This password is too common; choose another";
  return undefined;
}
