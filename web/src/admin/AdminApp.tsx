export default function AdminApp() {
  return <div>管理后台（建设中）</div>;
}
