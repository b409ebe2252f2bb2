import { describeFailure } from '@/utils/ayrshare/describe';
import type { Failure } from '@/utils/ayrshare/failure';

/** A failure in words (loaded with the words themselves, only when something went wrong). */
export function FailureText({ failure }: { failure: Failure }) {
  return <>{describeFailure(failure)}</>;
}
