export default function DeskApp() {
  return <div>窗口工作台（建设中）</div>;
}
