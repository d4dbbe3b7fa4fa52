import { describe, expect, it } from 'vitest';
import { nextSupportCaseStatus, supportCaseReference } from './resources.ts';

describe('support case statuses (RES-2)', () => {
  it('an answer leaves an open or answered case answered; closing closes it', () => {
    expect(nextSupportCaseStatus('open', 'answer')).toEqual({ status: 'answered' });
    expect(nextSupportCaseStatus('answered', 'answer')).toEqual({ status: 'answered' });
    expect(nextSupportCaseStatus('open', 'close')).toEqual({ status: 'closed' });
    expect(nextSupportCaseStatus('answered', 'close')).toEqual({ status: 'closed' });
  });

  it('a closed case takes no answer and cannot be closed again', () => {
    expect(nextSupportCaseStatus('closed', 'answer')).toEqual({ refused: 'closed' });
    expect(nextSupportCaseStatus('closed', 'close')).toEqual({ refused: 'closed' });
  });

  it('names a case by its number', () => {
    expect(supportCaseReference(1042)).toBe('HD-1042');
  });
});
