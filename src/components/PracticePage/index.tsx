// The practice page, routed by src/plugins/practice: a menu (study a domain, a task or the questions got
// wrong; a simulated exam; the reader's progress), then the session chosen. Questions are loaded per domain
// when a session starts; `?q=<id>` opens one question in study mode, `?task=1.2` a task's questions.
import {useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import PracticeExam from '@site/src/components/PracticeExam';
import PracticeProgress from '@site/src/components/PracticeProgress';
import PracticeStudy from '@site/src/components/PracticeStudy';
import {domainOfTask, loadQuestions, type PracticeQuestion} from '@site/src/data/practice';
import {EXAM_MINUTES, EXAM_SIZE, drawExam, examMinutes} from '@site/src/utils/practice';
import {wrongQuestionIds} from '@site/src/utils/practiceProgress';
import {usePracticeProgress} from '@site/src/utils/usePracticeProgress';
import type {PracticePageData} from '@site/src/plugins/practice';
import styles from './styles.module.css';

type View =
  | {kind: 'menu'}
  | {kind: 'study'; title: string; questions: PracticeQuestion[]; start: number; key: number}
  | {kind: 'exam'; questions: PracticeQuestion[]; minutes: number; key: number};

/** A study set, as the menu's select names it: 'wrong', 'domain:domain-1', 'task:1.2'. */
type SetValue = string;

export default function PracticePage({data}: {data: PracticePageData}): ReactNode {
  const progress = usePracticeProgress();
  const history = useHistory();
  const {pathname, search} = useLocation();
  const [view, setView] = useState<View>({kind: 'menu'});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const sessions = useRef(0);
  /** The `?q=` this page wrote itself, so that its own URL change does not reopen the question. */
  const shown = useRef<string | undefined>(undefined);
  const menuHeading = useRef<HTMLHeadingElement>(null);

  const taskOf = useMemo(() => new Map(data.questions.map((q) => [q.id, q.task])), [data.questions]);
  const tasks = useMemo(() => data.domains.flatMap((d) => d.tasks), [data.domains]);
  const taskTitle = useCallback((task: string) => tasks.find((t) => t.id === task)?.title ?? task, [tasks]);
  const count = (predicate: (task: string) => boolean) => data.questions.filter((q) => predicate(q.task)).length;
  const wrongIds = wrongQuestionIds(progress).filter((id) => taskOf.has(id));
  const firstSet = data.domains.find((d) => count((task) => domainOfTask(task) === d.id) > 0);
  const [choice, setChoice] = useState<SetValue>(firstSet ? `domain:${firstSet.id}` : 'wrong');

  const setTitle = useCallback(
    (value: SetValue): string => {
      const [kind, id] = value.split(':') as [string, string];
      if (kind === 'task')
        return translate({id: 'practice.set.task', message: 'Tarea {task}: {title}'}, {task: id, title: taskTitle(id)});
      if (kind === 'domain') {
        const index = data.domains.findIndex((d) => d.id === id);
        return translate(
          {id: 'practice.domain', message: 'Dominio {number}: {title}'},
          {number: index + 1, title: data.domains[index]?.title ?? id},
        );
      }
      return translate({id: 'practice.set.wrong', message: 'Las que fallé'});
    },
    [data.domains, taskTitle],
  );

  /** Loads a set's domains and opens it, at `startId` if given. */
  const openSet = useCallback(
    async (value: SetValue, ids: readonly string[], startId?: string) => {
      const [kind, id] = value.split(':') as [string, string];
      const inSet = (question: {id: string; task: string}) =>
        kind === 'task'
          ? question.task === id
          : kind === 'domain'
            ? domainOfTask(question.task) === id
            : ids.includes(question.id);
      const wanted = data.questions.filter(inSet);
      if (wanted.length === 0) {
        setNotice(translate({id: 'practice.set.empty', message: 'Esta serie no tiene preguntas todavía.'}));
        return;
      }
      setBusy(true);
      setNotice('');
      try {
        const questions = (await loadQuestions(wanted.map((q) => domainOfTask(q.task)))).filter(inSet);
        const start = Math.max(
          0,
          questions.findIndex((q) => q.id === startId),
        );
        sessions.current += 1;
        setView({kind: 'study', title: setTitle(value), questions, start, key: sessions.current});
      } catch {
        setNotice(
          translate({
            id: 'practice.load.failed',
            message: 'No se pudieron cargar las preguntas. Comprueba la conexión y vuelve a intentarlo.',
          }),
        );
      } finally {
        setBusy(false);
      }
    },
    [data.questions, setTitle],
  );

  // A shared link: `?q=<id>` opens that question among its task's; `?task=1.2` that task's questions.
  useEffect(() => {
    const params = new URLSearchParams(search);
    const questionId = params.get('q');
    const task = params.get('task');
    if (questionId && questionId !== shown.current) {
      const questionTask = taskOf.get(questionId);
      if (questionTask) void openSet(`task:${questionTask}`, [], questionId);
      else
        setNotice(
          translate(
            {id: 'practice.link.unknown', message: 'No hay ninguna pregunta "{id}": quizá cambió. Elige una serie.'},
            {id: questionId},
          ),
        );
    } else if (!questionId && task && tasks.some((t) => t.id === task)) {
      void openSet(`task:${task}`, []);
    } else if (!questionId && !task && shown.current) {
      // The navbar's link to this page, followed during a study set: back to the menu.
      shown.current = undefined;
      setView({kind: 'menu'});
    }
  }, [search, taskOf, tasks, openSet]);

  const onShow = useCallback(
    (questionId: string | undefined) => {
      shown.current = questionId;
      history.replace({pathname, search: questionId ? `?q=${encodeURIComponent(questionId)}` : ''});
    },
    [history, pathname],
  );

  const backToMenu = useCallback(() => {
    shown.current = undefined;
    history.replace({pathname, search: ''});
    setView({kind: 'menu'});
  }, [history, pathname]);

  useEffect(() => {
    if (view.kind === 'menu' && sessions.current > 0) menuHeading.current?.focus();
  }, [view.kind]);

  const startStudy = (event: FormEvent) => {
    event.preventDefault();
    void openSet(choice, wrongIds);
  };

  const bankSize = data.questions.length;
  const examSize = Math.min(EXAM_SIZE, bankSize);
  const startExam = async () => {
    setBusy(true);
    setNotice('');
    try {
      const questions = await loadQuestions(data.domains.map((d) => d.id));
      const drawn = drawExam(
        data.domains.map((d) => ({
          id: d.id,
          weight: d.weight,
          questions: questions.filter((q) => domainOfTask(q.task) === d.id),
        })),
      );
      sessions.current += 1;
      setView({
        kind: 'exam',
        questions: drawn.questions,
        minutes: examMinutes(drawn.questions.length),
        key: sessions.current,
      });
    } catch {
      setNotice(
        translate({
          id: 'practice.load.failed',
          message: 'No se pudieron cargar las preguntas. Comprueba la conexión y vuelve a intentarlo.',
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const title = translate({id: 'practice.title', message: 'Práctica del examen {exam}'}, {exam: data.exam});
  return (
    <Layout
      title={title}
      description={translate(
        {
          id: 'practice.description',
          message:
            'Preguntas de práctica del examen AWS Certified Developer – Associate ({exam}) con explicaciones: estudio por dominio o tarea, simulacro de 65 preguntas en 130 minutos y tu progreso guardado en el navegador.',
        },
        {exam: data.exam},
      )}>
      <main className="container margin-vert--lg" data-pagefind-ignore="all">
        <h1>{title}</h1>
        {view.kind === 'study' && (
          <PracticeStudy
            key={view.key}
            title={view.title}
            questions={view.questions}
            start={view.start}
            taskTitle={taskTitle}
            sectionLabels={data.sectionLabels}
            onShow={onShow}
            onExit={backToMenu}
          />
        )}
        {view.kind === 'exam' && (
          <PracticeExam
            key={view.key}
            questions={view.questions}
            minutes={view.minutes}
            domains={data.domains}
            taskTitle={taskTitle}
            sectionLabels={data.sectionLabels}
            onExit={backToMenu}
          />
        )}
        {view.kind === 'menu' && (
          <>
            <p className={styles.intro}>
              {translate(
                {
                  id: 'practice.intro',
                  message:
                    'Preguntas al estilo del examen {exam}, con el porqué de cada opción, la sección de los apuntes que lo explica y la página de AWS que lo decide. Son para practicar: no aparecen en la búsqueda.',
                },
                {exam: data.exam},
              )}{' '}
              <Link to="/exam-map">{translate({id: 'practice.intro.map', message: 'Ver el mapa del examen'})}</Link>
            </p>
            <section aria-labelledby="study" className={styles.mode}>
              <h2 id="study" ref={menuHeading} tabIndex={-1}>
                {translate({id: 'practice.study.title', message: 'Estudiar'})}
              </h2>
              <p>
                {translate({
                  id: 'practice.study.intro',
                  message:
                    'Elige un dominio, una tarea o las preguntas que fallaste; al responder ves enseguida si acertaste y por qué.',
                })}
              </p>
              <form className={styles.form} onSubmit={startStudy}>
                <label htmlFor="practice-set">{translate({id: 'practice.set.label', message: 'Qué practicar'})}</label>
                <div className={styles.row}>
                  <select
                    id="practice-set"
                    value={choice}
                    onChange={(event) => setChoice(event.target.value)}
                    className={styles.select}>
                    <option value="wrong" disabled={wrongIds.length === 0}>
                      {translate(
                        {id: 'practice.set.wrongCount', message: 'Las que fallé ({count})'},
                        {count: wrongIds.length},
                      )}
                    </option>
                    {data.domains.map((domain, index) => (
                      <optgroup
                        key={domain.id}
                        label={translate(
                          {id: 'practice.domain', message: 'Dominio {number}: {title}'},
                          {number: index + 1, title: domain.title},
                        )}>
                        <option
                          value={`domain:${domain.id}`}
                          disabled={count((task) => domainOfTask(task) === domain.id) === 0}>
                          {translate(
                            {id: 'practice.set.domainAll', message: 'Todo el dominio {number} ({count})'},
                            {number: index + 1, count: count((task) => domainOfTask(task) === domain.id)},
                          )}
                        </option>
                        {domain.tasks.map((task) => (
                          <option key={task.id} value={`task:${task.id}`} disabled={count((t) => t === task.id) === 0}>
                            {task.id} {task.title} ({count((t) => t === task.id)})
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  <button type="submit" className="button button--primary" disabled={busy}>
                    {translate({id: 'practice.study.start', message: 'Empezar'})}
                  </button>
                </div>
              </form>
            </section>
            <section aria-labelledby="exam" className={styles.mode}>
              <h2 id="exam">{translate({id: 'practice.exam.title', message: 'Simulacro de examen'})}</h2>
              <p>
                {translate(
                  {
                    id: 'practice.exam.intro',
                    message:
                      '{size} preguntas elegidas al azar con los pesos de los dominios del examen, {minutes} minutos de cuenta atrás y ninguna corrección hasta el final: entonces, la nota, el resultado por dominio y la revisión de cada respuesta. Puedes marcar preguntas para revisarlas.',
                  },
                  {size: EXAM_SIZE, minutes: EXAM_MINUTES},
                )}
              </p>
              {bankSize < EXAM_SIZE && (
                <p className={styles.note} data-short-exam="">
                  {translate(
                    {
                      id: 'practice.exam.short',
                      message:
                        'Por ahora el banco tiene {bank} preguntas, no {size}: el simulacro las usa todas, repartidas por los pesos de los dominios en lo posible, con {minutes} minutos (el ritmo del examen).',
                    },
                    {bank: bankSize, size: EXAM_SIZE, minutes: examMinutes(examSize)},
                  )}
                </p>
              )}
              <button
                type="button"
                className="button button--primary"
                onClick={startExam}
                disabled={busy || bankSize === 0}>
                {translate({id: 'practice.exam.start', message: 'Empezar el simulacro'})}
              </button>
            </section>
            <PracticeProgress data={data} />
          </>
        )}
        <p role="status" className={styles.notice}>
          {busy ? translate({id: 'practice.loading', message: 'Cargando las preguntas…'}) : notice}
        </p>
      </main>
    </Layout>
  );
}
