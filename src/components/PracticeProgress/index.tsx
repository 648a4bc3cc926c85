// The reader's progress on the practice page: per domain and task, questions answered and right or wrong the
// last time; reset, export to a file, import from one. It lives in this browser only (localStorage).
import {useEffect, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {
  emptyProgress,
  exportFileName,
  mergeProgress,
  parseProgress,
  serializeProgress,
  sumTallies,
  tallyByTask,
  type ProgressError,
} from '@site/src/utils/practiceProgress';
import {updatePracticeProgress, usePracticeProgress} from '@site/src/utils/usePracticeProgress';
import type {PracticePageData} from '@site/src/plugins/practice';
import styles from './styles.module.css';

function errorMessage(error: ProgressError): string {
  switch (error) {
    case 'not-json':
      return translate({id: 'practice.import.notJson', message: 'El archivo no es JSON.'});
    case 'not-progress':
      return translate({
        id: 'practice.import.notProgress',
        message: 'El archivo no es un progreso exportado desde esta página.',
      });
    case 'newer-version':
      return translate({
        id: 'practice.import.newer',
        message: 'El archivo viene de una versión más nueva de esta página.',
      });
    case 'bad-entry':
      return translate({id: 'practice.import.badEntry', message: 'El archivo tiene datos dañados.'});
  }
}

const KEEP = () =>
  translate({id: 'practice.import.kept', message: 'No se ha importado nada: tu progreso guardado sigue igual.'});

export default function PracticeProgress({data}: {data: PracticePageData}): ReactNode {
  const progress = usePracticeProgress();
  const tallies = tallyByTask(progress);
  const [message, setMessage] = useState<{text: string; error: boolean}>();
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmReset) keepButton.current?.focus();
  }, [confirmReset]);
  const bankCount = (task: string) => data.questions.filter((q) => q.task === task).length;
  const hasProgress = Object.keys(progress.questions).length > 0;

  const exportFile = () => {
    const blob = new Blob([serializeProgress(progress)], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date());
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({text: translate({id: 'practice.export.done', message: 'Progreso exportado.'}), error: false});
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await file.text().catch(() => '');
    const result = parseProgress(text);
    if (!result.ok) {
      setMessage({text: `${errorMessage(result.error)} ${KEEP()}`, error: true});
      return;
    }
    const count = Object.keys(result.progress.questions).length;
    const saved = updatePracticeProgress((current) => mergeProgress(current, result.progress));
    setMessage(
      saved
        ? {
            text: translate(
              {id: 'practice.import.done', message: 'Progreso importado. Preguntas en el archivo: {count}.'},
              {count},
            ),
            error: false,
          }
        : {
            text: translate({id: 'practice.storage.failed', message: 'El navegador no deja guardar el progreso.'}),
            error: true,
          },
    );
  };

  const reset = () => {
    updatePracticeProgress(() => emptyProgress);
    setConfirmReset(false);
    setMessage({text: translate({id: 'practice.reset.done', message: 'Progreso borrado.'}), error: false});
  };

  return (
    <section aria-labelledby="progress" className={styles.progress}>
      <h2 id="progress">{translate({id: 'practice.progress.title', message: 'Tu progreso'})}</h2>
      <p>
        {translate({
          id: 'practice.progress.intro',
          message:
            'Se guarda solo en este navegador: sin cuenta ni servidor. Para llevarlo a otro dispositivo, expórtalo a un archivo e impórtalo allí. Cuenta la última respuesta de cada pregunta.',
        })}
      </p>
      <div className={styles.tableWrapper}>
        <table className={styles.table}>
          <caption>
            {translate({id: 'practice.progress.caption', message: 'Preguntas respondidas por dominio y tarea'})}
          </caption>
          <thead>
            <tr>
              <th scope="col">{translate({id: 'practice.table.task', message: 'Dominio o tarea'})}</th>
              <th scope="col">{translate({id: 'practice.table.questions', message: 'Preguntas'})}</th>
              <th scope="col">{translate({id: 'practice.table.answered', message: 'Respondidas'})}</th>
              <th scope="col">{translate({id: 'practice.table.right', message: 'Bien'})}</th>
              <th scope="col">{translate({id: 'practice.table.wrong', message: 'Mal'})}</th>
            </tr>
          </thead>
          {data.domains.map((domain, index) => {
            const total = sumTallies(domain.tasks.map((task) => tallies[task.id]));
            return (
              <tbody key={domain.id} data-domain={domain.id}>
                <tr className={styles.domainRow}>
                  <th scope="row">
                    {translate(
                      {id: 'practice.domain', message: 'Dominio {number}: {title}'},
                      {number: index + 1, title: domain.title},
                    )}
                  </th>
                  <td>{domain.tasks.reduce((sum, task) => sum + bankCount(task.id), 0)}</td>
                  <td>{total.answered}</td>
                  <td>{total.right}</td>
                  <td>{total.wrong}</td>
                </tr>
                {domain.tasks.map((task) => {
                  const tally = tallies[task.id];
                  return (
                    <tr key={task.id} data-task={task.id}>
                      <th scope="row" className={styles.taskCell}>
                        {task.id} {task.title}
                      </th>
                      <td>{bankCount(task.id)}</td>
                      <td>{tally?.answered ?? 0}</td>
                      <td>{tally?.right ?? 0}</td>
                      <td>{tally?.wrong ?? 0}</td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
      <div className={styles.actions}>
        <button type="button" className="button button--secondary" onClick={exportFile} disabled={!hasProgress}>
          {translate({id: 'practice.export', message: 'Exportar a un archivo'})}
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          {translate({id: 'practice.import', message: 'Importar de un archivo'})}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={importFile}
          data-progress-import=""
        />
        <button
          type="button"
          className="button button--outline button--danger"
          onClick={() => setConfirmReset(true)}
          disabled={!hasProgress}>
          {translate({id: 'practice.reset', message: 'Borrar el progreso'})}
        </button>
      </div>
      {confirmReset && (
        <div
          className={styles.confirm}
          role="group"
          aria-label={translate({id: 'practice.reset', message: 'Borrar el progreso'})}>
          <p>
            {translate({
              id: 'practice.reset.confirm',
              message:
                '¿Borrar todo tu progreso de este navegador? No se puede deshacer (salvo que lo hayas exportado).',
            })}
          </p>
          <div className={styles.actions}>
            <button type="button" className="button button--danger" onClick={reset}>
              {translate({id: 'practice.reset.yes', message: 'Sí, borrarlo'})}
            </button>
            <button
              type="button"
              ref={keepButton}
              className="button button--secondary"
              onClick={() => setConfirmReset(false)}>
              {translate({id: 'practice.reset.no', message: 'No, conservarlo'})}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={message?.error ? styles.error : styles.message}>
        {message?.text}
      </p>
    </section>
  );
}
