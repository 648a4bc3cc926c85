/** The anchor of a task statement on /exam-map: '2.1' → 'task-2-1'. */
export const taskAnchor = (taskId: string) => `task-${taskId.replace('.', '-')}`;
