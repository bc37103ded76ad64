/** A realistic rule set for tests: the senior preferential card (老年人优待证), as it would arrive from a file. */
export const seniorCardRuleSet = {
  id: 'senior-card',
  version: '2026.1',
  rules: [
    {
      id: 'age-60',
      title: { zh: '年满六十周岁', en: 'Aged 60 or over' },
      legalBasis: '《中华人民共和国老年人权益保障法》第二条',
      explanation: {
        pass: { zh: '申请人现年 {applicant.birthDate|age} 周岁，已满六十周岁。', en: 'The applicant is {applicant.birthDate|age}, which is 60 or over.' },
        fail: { zh: '申请人现年 {applicant.birthDate|age} 周岁，未满六十周岁。', en: 'The applicant is {applicant.birthDate|age}, under 60.' },
      },
      when: { fact: 'applicant.birthDate', op: 'ageAtLeast', value: 60 },
      severity: 'block',
    },
    {
      id: 'local-household',
      title: { zh: '本市户籍或持居住证', en: 'Local household registration or residence permit' },
      legalBasis: '《上海市老年人权益保障条例》',
      explanation: {
        pass: { zh: '户籍所在地为{applicant.hukou.city}。', en: 'Registered in {applicant.hukou.city}.' },
        fail: { zh: '户籍所在地为{applicant.hukou.city}，且未持本市居住证。', en: 'Registered in {applicant.hukou.city} with no local residence permit.' },
      },
      when: {
        any: [
          { fact: 'applicant.hukou.city', op: 'eq', value: '上海市' },
          { fact: 'applicant.residencePermit.valid', op: 'eq', value: true },
        ],
      },
      severity: 'block',
    },
    {
      id: 'no-existing-card',
      title: { zh: '未持有效优待证', en: 'No valid card already held' },
      legalBasis: '《上海市老年人权益保障条例》',
      explanation: {
        pass: { zh: '未查到已发放的优待证。', en: 'No card has been issued before.' },
        fail: { zh: '已持有优待证 {records.existingCardNo}，请核实是否补领。', en: 'Card {records.existingCardNo} is already held; check whether this is a replacement.' },
      },
      when: { not: { fact: 'records.existingCardNo', op: 'exists' } },
      severity: 'review',
    },
  ],
};

export const eligibleSenior = {
  today: '2026-11-28',
  applicant: { birthDate: '1960-03-15', hukou: { city: '上海市' } },
  records: {},
};
