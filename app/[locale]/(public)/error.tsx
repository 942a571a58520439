"use client";

export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <button type="button" onClick={reset}>Try again</button>
    </>
  );
}
