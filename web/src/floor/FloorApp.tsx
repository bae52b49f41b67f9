export default function FloorApp() {
  return <div>大厅现场（建设中）</div>;
}
