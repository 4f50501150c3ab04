import { isTheme } from '../../model/theme';
import { useAppStore } from '../hooks/useAppStore';
import { selectThemeSetting } from '../../store/selectors';
import { appActions } from '../../store/store';

export function ThemeSelect() {
  const setting = useAppStore(selectThemeSetting);
  const { setTheme } = appActions();
  return (
    <label className="theme-select">
      Theme{' '}
      <select value={setting ?? 'system'} onChange={(e) => setTheme(isTheme(e.target.value) ? e.target.value : null)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
        <option value="projector">Projector</option>
      </select>
    </label>
  );
}
