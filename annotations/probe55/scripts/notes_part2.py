"""probe55 corpus notes, O08-O14 (primary care and family medicine; all invented)."""

O08 = {"patient_id": "O08", "age": 60, "sex": "F", "notes": [
("2023-04-05", "Office Visit - SOAP", """
Chief complaint: "sore under my right breast"

60 yo F. ESRD, nightly cycler PD since 2020, DM2 on NPH 20u bid which she injects in both thighs, HTN, obesity (BMI 36.2).
She bought a new set of underwire bras last spring after losing some weight and says they've always been a bit snug on the right. In March 2023 a tender hard spot came up along the wire line under the R breast; over the past 2-3 wks it has turned purple-black with a scab. Tried warm salt water soaks and cornstarch. Denies discharge from nipple.

Exam: chaperone present (Dana, MA). R breast, inferior pole at the 6 o'clock inframammary line: 4 x 2 cm firm violaceous plaque, black eschar 8 mm, net-like purpura medially, very tender. No palpable breast mass. L breast normal. Thighs: mild lipohypertrophy, no lesions.

A/P:
1) Underwire-line necrotic plaque, R lower breast - in a PD pt with obesity and DM, calciphylaxis tops the list. Also considering: infected cyst, pressure injury, cancer (mammo 11/2022 neg). Referral letter to derm today, stop underwire (soft sports bra).
2) DM2 - continue NPH; A1c 8.2.
"""),
("2023-04-05", "Referral Letter", """
Cedar Hollow Family Medicine
April 5, 2023

Dr. Kwabena Lindqvist, Dermatology
Re: Ms. Philippa Arrowsmith, DOB on file

Dear Dr. Lindqvist,
I would be grateful for an urgent opinion on Ms. Arrowsmith, a 60-year-old PD patient with a very painful, eschar-covered plaque under the right breast, lying along the line where her underwire bra has pressed for about a year. It began in March. I am worried about calciphylaxis. Her phosphate was 6.8 last month, PTH 540. She has diabetes and uses insulin.
Many thanks,
Dr. Marisol Abernathy
"""),
("2023-05-02", "Consult Letter - Dermatology", """
Dear Dr. Abernathy,
Thank you for referring Philippa. On examination (4/18) the right inframammary plaque measures 5x3cm, black-centred, and retiform purpura. A 6 mm punch biopsy was taken at the edge; histopathology is diagnostic of calciphylaxis (calcified small vessels in the panniculus, thrombosis, necrotic adipocytes). It is confined to the strip of skin compressed by the underwire, which I think is relevant.
I have discussed her with Dr. Sato at the PD unit: she is likely to move to in-center hemodialysis so she can receive thiosulfate three times weekly.
Kind regards,
Kwabena Lindqvist, MD
"""),
("2023-06-12", "Telephone Encounter", """
TE: Pt's husband called to update chart. She switched over to in-center HD at Harbor Dialysis on 5/22 (MWF), gets the sodium thiosulfate there. Breast wound "smaller, less black". Asking for refill of gabapentin 100 mg qHS - sent. PD catheter still in, removal planned next month.
-- Dana P., MA
"""),
]}

O09 = {"patient_id": "O09", "age": 62, "sex": "M", "notes": [
("2020-10-14", "Problem List / Medication List", """
ACTIVE PROBLEMS
- ESRD on hemodialysis (TTS), since 2017
- Type 2 diabetes mellitus w/ nephropathy, insulin-requiring
- Class II obesity - BMI 38.0 (10/2020)
- OSA on CPAP
- Hyperphosphatemia
RESOLVED / INACTIVE
- Cellulitis L foot 2019

MEDICATIONS
insulin detemir 26 units SC nightly (pt injects R thigh)
insulin aspart per scale
sevelamer 1600mg with each meal
calcitriol 0.25mcg qd
metoprolol succinate 50 mg daily
NO anticoagulants.
"""),
("2020-10-14", "Office Visit - SOAP", """
S: 62 M, 3 weeks of a painful lump inner L thigh, now with a dark center. States the R thigh is the only place he has ever injected ("my left hand can't do it, I'm a righty so I go right") and has never put a needle in the left leg. No knock or fall, no heating pad. Wife says it looks like a spider bite.
O: BMI 38.0. L medial thigh: 6x5cm livedo racemosa patch surrounding a 2.5 cm dusky necrotic center, firm, exquisitely tender. R thigh: a few small injection bruises, lipohypertrophy, no ulceration.
A: Painful necrotic lesion L medial thigh in HD pt - calciphylaxis? vs abscess vs brown recluse.
P: Derm referral, US L thigh, CMP/PTH. Advised to keep using the R thigh for now but spread the sites out.
"""),
("2020-11-09", "Consult Letter - Dermatology", """
Dear Dr. Okeke,
Re: Mr. Thaddeus Brannigan
I saw Mr. Brannigan on 10/28. The left medial thigh lesion is a large necrotic plaque with retiform purpura at its edge; ultrasound showed no collection. Biopsy confirmed calciphylaxis. I note the contralateral thigh is his only insulin injection site and the left leg has never been injected, so I can't attribute this lesion to injection trauma; central adiposity of the thighs is the more likely factor. Thiosulfate with dialysis has been arranged; insulin may continue in the right thigh/abdomen.
Best wishes,
Dr. Sunniva Ekwueme
"""),
]}

O10 = {"patient_id": "O10", "age": 73, "sex": "F", "notes": [
("2021-09-08", "Office Visit - SOAP", """
S: 73 y/o woman with a sore on the R calf that appeared on 9/1/21 as a purple blotch, now with a black scab. Pain severe esp. at night. She has been very careful to say she did not bump or scrape it - no falls, no pets, no heat or ice, no injections in the legs.
PMH: ESRD-HD MWF x 4 yrs, AFib on warfarin (Coumadin 4 mg), HTN, hypothyroid. Not diabetic.
O: BMI 26.0. R posterolateral calf: 3 cm stellate necrotic plaque w/ surrounding violaceous, retiform border. L leg clean. INR 2.6.
A/P: R calf necrotic plaque - calciphylaxis concern (warfarin + ESRD). Derm e-consult placed, photos uploaded. Nephro notified.
"""),
("2021-09-17", "Consult Letter - Dermatology", """
Dear Dr. Gallardo,
Re: Mrs. Imelda Thorsby
Thank you. I saw Mrs. Thorsby 9/14. The right calf plaque is 4 cm with central eschar. A double punch biopsy showed calciphylaxis with calcified subcutaneous arterioles. I recommend discussing a switch off warfarin with cardiology, and her dialysis team will start sodium thiosulfate. Please keep the leg well padded.
Sincerely, Dr. Benedikt Aarons
"""),
("2021-09-24", "Office Visit - SOAP", """
S: f/u R calf calciphylaxis (bx-proven 9/14). On Monday 9/20 she tripped on the bathmat and fell, scraping her R anterior shin and bruising her R hip. Didn't hit her head. Son helped her up. Warfarin now being changed to apixaban per cardiology.
O: R anterior shin: 4 cm superficial abrasion, clean, scab forming. R lateral hip: 8 cm ecchymosis. Calf lesion unchanged, eschar intact.
A: Mechanical fall, abrasion R shin after the calciphylaxis ulcer had already formed. Calciphylaxis R calf - stable.
P: PT home safety eval, walker. Abrasion: gentle cleansing, petrolatum. Keep STS at HD.
"""),
]}

O11 = {"patient_id": "O11", "age": 58, "sex": "M", "notes": [
("2020-01-21", "Office Visit - SOAP", """
S: 58M, PD (CCPD) pt, DM2 on Lantus 40u + Novolog (injects periumbilical only), chronic LBP managed w/ heating pad over the low back most evenings since 2019. Presents w/ 2 wk of painful hard patches on BOTH thighs, front and outer sides, R worse than L. No injections in thighs. No bumps.
O: Wt 139 kg, BMI 44.1. Thighs, both, anterolateral: numerous firm violaceous tender plaques 2-7 cm, largest on R w/ central dusky necrosis; livedo reticularis between them. Low back: reticulated brown hyperpigmentation, skin intact, nontender. Abdomen: lipohypertrophy periumbilical, no lesion.
A: Bilateral thigh necrotic plaques in obese PD pt - likely calciphylaxis. Erythema ab igne low back.
P: Derm + nephrology urgent referrals. Pain: APAP + gabapentin 100 qhs.
"""),
("2020-02-03", "Consult Letter - Nephrology", """
Re: Mr. Rolf Hagedorn
Dear Dr. Imani,
I saw Mr. Hagedorn today. Dermatology's biopsy (1/28, right thigh) came back as calciphylaxis. Bilateral thigh involvement in a morbidly obese man on PD is a classic proximal pattern. His heating-pad changes on the lower back are erythema ab igne only, without ulceration, and not part of the calciphylaxis; insulin is given around the navel and not in the thighs.
We are starting thiosulfate IV three times weekly via a tunneled line, stopping calcium carbonate, and increasing PD clearance.
Regards, Dr. Ondine Mavrakis, Nephrology
"""),
("2020-03-16", "Telephone Encounter", """
TE. Wife calling: pt's thigh sores "leaking" more since Friday, pain controlled. Wound RN coming Weds. She asks if he can keep using the heating pad on his back -> per Dr. Imani ok on low setting w/ a towel, never on the legs. Will call back if fever.
"""),
]}

O12 = {"patient_id": "O12", "age": 66, "sex": "F", "notes": [
("2020-02-24", "Office Visit - SOAP", """
SUBJ: 66 yo F, HD pt, type 2 diabetes diet-controlled (never on meds), obesity. Painful red-purple hard area L lower belly, began right around Valentine's Day, now with a black patch. No injections, no trauma, doesn't use heat. Wears loose dresses.
OBJ: BMI 35.2. LLQ abdomen, below the pannus fold: 5x4cm hard purple plaque, 1.5 cm central black necrosis, livedo border. No fluctuance.
ASSESS: Likely calciphylaxis LLQ (ESRD, obesity). 
PLAN: Performed 4mm punch bx of the plaque edge today, 1 stitch. Sent to path. Derm referral.
"""),
("2020-03-09", "Consult Letter - Dermatology", """
Dear Dr. Whitcombe,
Regarding Mrs. Leonora Baptiste: your punch biopsy (L lower abd plaque) confirms calciphylaxis, and I examined her on 3/5. The plaque has enlarged slightly around your biopsy site. I performed a limited bedside debridement of loose slough today. She has been using ice packs over the sore since the biopsy to numb it, which I asked her to stop. Plan: STS with HD, hydrocolloid dressing.
Yours, Dr. Tamsin Adeyemi
"""),
("2020-04-20", "Telephone Encounter", """
TE - pt called re: dressings. Says the L belly wound "is drying up", nurse changing the dressing at dialysis. Still occasionally uses a cold pack on it for pain; advised against. Needs new Rx for hydrocolloid dressings -> sent to Medline. -- LPN
"""),
]}

O13 = {"patient_id": "O13", "age": 70, "sex": "M", "notes": [
("2024-03-11", "Office Visit - SOAP", """
S: 70 M w/ ESRD on HD (TuThSa), DM2 on glipizide (was told at his last visit he'd probably need insulin soon), painful R outer thigh lump w/ dark center x 10 days. Specifically denies any injections, bumps, falls, heating pads, ice, or snug clothing there. Took warfarin for a PE years back (2016-2017), not since.
O: Overweight, BMI 29.9. R lateral thigh: firm purpuric plaque 4x3cm with a central black eschar, tender. No other lesions.
A: Painful necrotic plaque R thigh - calciphylaxis vs necrotic infection.
P: Derm urgent. Labs. Discussed that IF insulin is started he should avoid the thighs and use the abdomen.
"""),
("2024-03-27", "Consult Letter - Dermatology", """
Dear Dr. Fairweather,
Re: Mr. Cornelius Ojukwu
The 3/19 biopsy, R lateral thigh plaque, confirms calciphylaxis. There is no history of local trauma; he has never had injections in the thigh. I have not recommended insulin injections there should he need them. Thiosulfate started at HD.
Sincerely, Dr. Ingrid Mbeki-Hart
"""),
("2024-05-06", "Office Visit - SOAP", """
S: f/u DM + calciphylaxis R thigh (healing). A1c 9.4 -> starting insulin glargine 10u today. Taught SC technique with pen, will inject into the abdomen, rotating.
O: Wt stable, BMI 29.9. R thigh ulcer 2x1.5cm, granulating edges, no eschar.
A/P: DM2 uncontrolled, start basal insulin - first dose to be self-administered tonight. Calciphylaxis improving. RTC 4 wk.
"""),
]}

O14 = {"patient_id": "O14", "age": 54, "sex": "F", "notes": [
("2022-11-02", "Office Visit - SOAP", """
S: 54F, T1DM, insulin pump (abdominal infusion sites), ESRD, HD through a L upper arm graft. Got scratched on the dorsum of the R hand by her cat ~1 wk ago, it's now crusty and oozy honey colored. Separately, both calves have hurt for a month with purple mottled patches, and the L one now has an open area.
O: BMI 23.1. R dorsal hand: 2 cm honey-crusted erosion on a linear scratch, mild surrounding erythema - impetiginized. Calves bilat: livedo racemosa w/ a 2 cm ulcer w/ eschar L medial calf and a 1 cm dusky nodule R posterior calf, both very tender.
A: 1) Impetigo at cat scratch R hand. 2) Painful bilat calf lesions, HD - worried about calciphylaxis.
P: mupirocin to hand tid x 5 d. Derm urgent for calves.
"""),
("2022-11-18", "Consult Letter - Dermatology", """
Dear Dr. Lunde,
Re: Ms. Marguerite Szczepanski
Biopsy of the left medial calf ulcer shows calciphylaxis. Right calf nodule clinically the same process. The small crusted wound on her right hand is a healing impetiginized scratch; it is not calciphylaxis and has no bearing on the calves. There has been no trauma to either leg.
I counseled her at length: keep heat sources (pads, hot-water bottle) and snug socks away from her legs, and keep pump sites off the thighs, as any local injury can trigger new lesions.
Kind regards, Dr. Oksana Reyes-Whitfield
"""),
("2023-01-09", "Telephone Encounter", """
TE: pt calling, hand scratch fully healed. Calf wounds slowly improving with STS at dialysis. Wants a handicap placard form - will leave at front desk for signature. -- RN
"""),
]}

PATIENTS = [O08, O09, O10, O11, O12, O13, O14]
