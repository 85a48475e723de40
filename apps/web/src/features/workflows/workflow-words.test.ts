import { describe, expect, it } from 'vitest';
import { workflowWord } from './workflow-words.ts';

describe('workflow labels in English', () => {
  it('shows the engine’s standard words and the labels built from them in English', () => {
    expect(workflowWord('已报送', true)).toBe('Reported');
    expect(workflowWord('提交初审', true)).toBe('Submit to First review');
    expect(workflowWord('复审退回', true)).toBe('Returned at Second review');
    expect(workflowWord('标准流程（初审、复审、终审）', true)).toBe(
      'Standard workflow (First review, Second review, Final review)',
    );
  });

  it('keeps what an author typed, and everything in Chinese mode', () => {
    expect(workflowWord('分管领导审核', true)).toBe('分管领导审核');
    expect(workflowWord('提交分管领导审核', true)).toBe('提交分管领导审核');
    expect(workflowWord('标准流程（初审、分管领导审核）', true)).toBe('标准流程（初审、分管领导审核）');
    expect(workflowWord('已报送', false)).toBe('已报送');
  });
});
