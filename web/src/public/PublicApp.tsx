export default function PublicApp() {
  return <div>公共服务网站（建设中）</div>;
}
