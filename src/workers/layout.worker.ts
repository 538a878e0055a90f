/// <reference lib="webworker" />
import type { LayoutReply, LayoutRequest } from './layout-protocol';
import { nextTurn, runLayoutJob } from './layout-task';

// A force layout of thousands of actors takes seconds: here it cannot freeze the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The job allowed to run; a cancel or a newer start replaces it, and the old loop stops at its next slice. */
let current = 0;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    if (request.id === current) current = 0;
    return;
  }
  current = request.id;
  void runLayoutJob(request, {
    post: (reply: LayoutReply) =>
      scope.postMessage(reply, reply.type === 'progress' ? [reply.xy.buffer as ArrayBuffer] : []),
    stopped: () => current !== request.id,
    pause: nextTurn,
  });
};
