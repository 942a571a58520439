"use client";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>Your last change may not have been saved. Reload the page to see the current state.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
