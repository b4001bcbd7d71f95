import { useEvidence } from './EvidenceContext';
import { plural } from '../../../core/format/plural';

/** What in user.json could not be shown, each with its JSON path, so the analyst can fix it. */
export function ProblemList(): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence) return null;
  const { problems, leftOut } = evidence.merged;
  return (
    <section aria-labelledby="layer-problems-title">
      <h3 id="layer-problems-title">Problems in your layer</h3>
      {problems.length === 0 ? (
        <p className="form-status">Everything you added is shown.</p>
      ) : (
        <>
          <p>
            {plural(leftOut.length, 'item is', 'items are')} left out of the view until the file is
            fixed:
          </p>
          <ul className="problem-list">
            {problems.map((p) => (
              <li key={`${p.path}|${p.message}`}>
                <code>{p.file}</code> at <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
