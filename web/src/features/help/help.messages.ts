import type { Localized } from '../../app/i18n.types';

export const helpMessages = {
  'help.title': { zh: '帮助', en: 'Help' },
  'help.intro': { zh: '通办把各部门的政务服务集中在一个网站上。下面介绍常用操作。', en: 'Tongban brings the services of all departments together on one site. Here is how to use it.' },
  'help.find.title': { zh: '如何查找办事服务', en: 'Finding a service' },
  'help.find.search': { zh: '在首页或页面顶部的搜索框输入事项名称或关键词，例如“护照”“营业执照”，然后按“搜索”。', en: 'Type the name of a service or a keyword, such as “passport” or “business licence”, in the search box on the home page or at the top of a page, then press “Search”.' },
  'help.find.browse': { zh: '也可以在首页按领域、按部门或按“一件事”浏览。“一件事一次办”把一个生活场景（如开办餐饮店、新生儿出生）涉及的多个事项合在一起办理。', en: 'You can also browse by domain, by department or by life event on the home page. A life event groups the services of one situation (opening a restaurant, a baby is born) into a single application.' },
  'help.find.filters': { zh: '在搜索结果页，可以按部门、领域和服务对象（个人 / 法人）筛选。', en: 'On the results page you can filter by department, domain and who the service is for (individuals or enterprises).' },
  'help.find.guide': { zh: '点开事项名称即可查看办事指南：申请条件、申请材料、办理流程、办理地点、时限和收费。承诺时限为“即办”表示当场办结；“全程网办”表示不用跑现场。', en: 'Open a service to read its guide: conditions, documents, steps, where to apply, time limits and fees. “Same day” means it is done on the spot; “Fully online” means no visit to an office.' },
  'help.account.title': { zh: '注册与登录', en: 'Registering and logging in' },
  'help.account.register': { zh: '个人用户用姓名、身份证号和手机号注册；企业用户用企业名称、统一社会信用代码、法定代表人姓名和手机号注册。号码输入时会自动校验。密码至少 8 位，需同时包含字母和数字。', en: 'Individuals register with their name, citizen ID number and mobile number; enterprises with their name, unified social credit code, legal representative and mobile number. Numbers are checked as you type. Passwords need at least 8 characters, with letters and digits.' },
  'help.account.login': { zh: '登录时，账号可以填身份证号、统一社会信用代码、手机号，工作人员填工作人员账号。登录后可在个人中心（企业为企业中心）查看资料。', en: 'To log in, use your citizen ID number, credit code or mobile number; staff use their staff account. Your profile is in “My account” (“Enterprise centre” for enterprises).' },
  'help.elderly.title': { zh: '长辈版', en: 'Elderly mode' },
  'help.elderly.text': { zh: '打开页面顶部的“长辈版”开关，文字和按钮会变大、颜色对比更强、页面更简洁。再次点击即可关闭，设置会自动保存。', en: 'Turn on “Elderly mode” at the top of the page for larger text and buttons, stronger contrast and simpler pages. Turn it off the same way; the choice is remembered.' },
  'help.language.title': { zh: '语言', en: 'Language' },
  'help.language.text': { zh: '点击页面顶部的“English”切换到英文，点击“中文”切换回中文。设置会自动保存。', en: 'Press “中文” at the top of the page for Chinese and “English” for English. The choice is remembered.' },
  'help.keyboard.title': { zh: '键盘与读屏', en: 'Keyboard and screen readers' },
  'help.keyboard.text': { zh: '所有功能都可以用键盘操作：按 Tab 键移动，按回车键确认。每页开头的“跳到主要内容”链接可以跳过导航。', en: 'Everything works with a keyboard: Tab moves, Enter confirms. The “Skip to main content” link at the start of each page skips the navigation.' },
  'help.demo.title': { zh: '演示账号', en: 'Demo accounts' },
  'help.demo.text': { zh: '演示环境的测试账号（个人、企业、工作人员、管理员）列在项目的 README 中。', en: 'The test accounts of the demo (individual, enterprise, staff, administrator) are listed in the project README.' },
  'help.contact.title': { zh: '联系我们', en: 'Contact' },
  'help.contact.text': { zh: '办事遇到问题，请拨打页面底部的政务服务便民热线。开发者可以查看页面底部的 API 文档。', en: 'If you need help with a service, call the hotline at the bottom of the page. Developers will find the API docs there too.' },
} as const satisfies Record<string, Localized>;
