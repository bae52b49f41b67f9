import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/**
 * The "403 / 404" pages every staff area shows (console, desk, cases, casework, fees), with a button back to the
 * area's home. Each area passes its own translated texts.
 */
export function StatusResult(props: { status: '403' | '404'; text: string; home: string; backText: string }) {
  const navigate = useNavigate();
  return (
    <Result
      status={props.status}
      title={props.status}
      subTitle={props.text}
      extra={
        <Button type={props.status === '403' ? 'primary' : 'default'} onClick={() => navigate(props.home)}>
          {props.backText}
        </Button>
      }
    />
  );
}
