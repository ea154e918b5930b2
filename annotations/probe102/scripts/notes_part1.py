"""probe102 corpus notes, Y01-Y07 (consultation-liaison psychiatry and inpatient wards; all invented)."""

Y01 = {"patient_id": "Y01", "age": 58, "sex": "F", "notes": [
("2021-04-14", "Psychiatry C-L Consult", """
C-L PSYCHIATRY - INITIAL CONSULT
Requesting: Dr. Varga, hospitalist (6 West). Q: pt says she wants to quit dialysis - depressed? capacity?
ID: 58yo F, ESRD - dialyzes in-center Mon/Wed/Fri; T2DM, takes Lantus, adm 4/12 w/ uncontrolled pain.
HPI: Seen at bedside, curtains drawn, lights off. Pt tearful from the start. "I'm not trying to die, I just can't take the pain no more." Pain is from a "black sore on my belly" that per pt popped up ~3 wks ago, first a hard pea under the skin then went purple and then dark in the middle. When asked where she does her insulin she points to the same spot, L side of the stomach under the navel: "that's my spot, always the left, ever since they started me on Lantus in June 2019." Sleep 2-3 hrs/night, appetite poor (also r/t dialysis diet), denies SI/HI, no prior psych admissions, one episode of post-partum "blues" decades ago.
MSE: disheveled, good eye contact when engaged, speech soft, mood "worn out", affect constricted + tearful, TP linear, no AH/VH, insight fair, judgement fair.
A: Adjustment d/o w/ depressed mood in setting of severe uncontrolled pain; doesnt meet MDD criteria at this time. Statements about stopping HD are pain-driven and she retracts them when pain is addressed. Has capacity re: HD decisions today.
P: 1) Recommend primary team optimize analgesia (renal dosing), 2) mirtazapine 7.5 mg qhs for sleep/appetite, 3) C-L will f/u Fri. Thank you for this consult.
"""),
("2021-04-15", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE  HD#4
S: Overnight pain 8/10 despite hydromorphone PRN. Still says the belly wound "burns like a match". Ate half of breakfast. Went to HD yesterday, tolerated 3.5 hrs.
O: Tm 37.2  HR 88  BP 151/79  SpO2 97% RA. Wt 92.1 kg. BMI 33.6.
Abd wall, LLQ just lateral/inferior to umbilicus - 6x4cm stellate black eschar rimmed by retiform violaceous purpura, woody induration extending 2 cm beyond, exquisitely TTP. Numerous pinpoint puncture scars and rubbery lipohypertrophy in that quadrant. Rest of abd wall unremarkable.
Labs notable: Ca(corr) 9.8, phosphorus 7.4 (!), PTH intact 612, alb 3.1
A/P:
#LLQ necrotic plaque - strongly suspect calciphylaxis, sits dead center in her long-standing insulin injection area. Derm c/s placed for punch bx. Wound RN following. Stop calcium-based binder, switch to sevelamer. Nephro aware, discussing STS w/ HD.
#T2DM on insulin: continue glargine, will ask her to inject into upper arms from now on.
#ESRD on HD: per nephro.
#Pain/mood: appreciate psych recs, mirtazapine started.
Dispo: inpatient.
"""),
("2021-04-19", "Dermatology Consult", """
Dermatology Inpatient Consultation - follow-up w/ pathology
Pt: 58 y/o female, HD dependent, insulin-requiring diabetic.
Path (punch bx obtained 4/16 at the rim of the LLQ plaque): calcium encrusting arteriolar walls in the subcutis, microthrombi in the lumens, septal panniculitis and necrotic fat; the deposits take up von Kossa nicely.
IMPRESSION: calciphylaxis (bx-proven), LLQ of the abdominal wall. The lesion began roughly three weeks before her consult (about 24 March) and sits right in the middle of the few square inches she has stuck with for every Lantus dose since mid-2019 - we consider repeated needle trauma to be the local trigger (Koebner-like phenomenon).
Recs: sodium thiosulfate 25g at each dialysis per nephro; nothing injected into the belly wall from here on; foam + hydrogel dressing daily, hold off on sharp debridement; pain regimen per primary; photo documentation weekly.
Please page with questions. - Derm consult team
"""),
]}

Y02 = {"patient_id": "Y02", "age": 72, "sex": "M", "notes": [
("2023-02-27", "Nursing Shift Note", """
NOC shift 1900-0730. RN note.
Pt A&Ox2 (not to date), intermittently picking at gown. Sitter not needed at this time, bed alarm on.
BRADEN 14 (S3 M3 A2 Mob2 N2 F2) (mod risk). Turned q2h.
SKIN CHECK w/ 2nd RN: sacrum intact & blanchable. Heels intact, floated. R lower back, a hand's width right of spine at belt level - approx 5x4cm hard purple-black patch w/ dark crust center, very tender, pt yelled when I touched near it. Pt mumbled "thats my heating pad spot". Wife at bedside this evening states she first noticed "a purple blotch" on his back on Valentine's Day and assumed he'd knocked it on something.
Personal heating pad found in belongings bag, sent home w/ wife per electrical safety policy.
CCPD cycler ran overnight per renal orders, drain clear. INR drawn - on warfarin for his mechanical valve.
Paged MD re skin finding, new order for wound consult.
"""),
("2023-02-28", "Psychiatry C-L Consult", """
Psychiatry Consultation-Liaison
Reason: "confused and refusing meds, r/o depression vs delirium"
72 yo M; PD via overnight cycler for ESRD, mechanical MVR (warfarin), no diabetes. Admitted 2/25 with poor intake and a painful back wound.
Collateral (wife, by phone): Baseline sharp, does his own crossword. Over the last week more muddled, sleeping days. His back has bothered him for years and he "has been lying on that heating pad every single night since Christmas, set on high, I told him it would burn him." The spot that hurts now is exactly where the pad sat, low on the right side of his back.
Exam: drowsy, arousable, inattentive (can't do months backwards past Oct), disoriented to date, fluctuating. CAM-ICU positive. No psychotic sx elicited. Not voicing SI.
Impression: Hypoactive delirium, multifactorial (pain, opioids, uremic toxins, poor sleep). Low suspicion for primary depressive disorder - wife describes normal mood before this month.
Recs: delirium precautions, reorientation, lights on by day, minimize benzos and anticholinergics, melatonin 3 mg at 2100, avoid restraints. Will follow.
"""),
("2023-03-03", "Dermatology Consult", """
DERM CONSULT NOTE
CC: painful dark plaque R low back.
HPI: 72M on PD, on warfarin (mechanical mitral valve). Per wife and nursing, heating pad nightly to the R lumbar area starting 12/25/2022; skin changes first seen 2/14/2023.
Exam: R lower back, paraspinal, ~L3-L4 level: firm plaque 5.5x4cm; purpuric net-like edge; black eschar center. Faint reticulated brown pigment across the whole area (erythema ab igne). Left back clear. Ht 175 cm Wt 83 kg, BMI 27.1.
Path (2/28 bx, plaque edge): calcified media in small subcut vessels + thrombosis, c/w calciphylaxis.
A: R lower back calciphylaxis where he kept the heating pad, nightly, for weeks. PD + warfarin as background risks.
P: Ask cards if the valve allows anything besides warfarin (probably not). STS per nephrology. No heat sources to the skin, ever. Wound care: nonadherent dressing, change daily.
"""),
]}

Y03 = {"patient_id": "Y03", "age": 49, "sex": "F", "notes": [
("2024-01-09", "Psychiatry C-L Consult", """
PSYCHIATRY C/L INITIAL EVAL
Consult q from medicine: "pt w/ schizophrenia, mute, not eating, please eval"
49F, chronic schizophrenia (on LAI paliperidone, last dose ?Nov), ESRD on HD TTS at the Eastgate unit, T2DM (linagliptin, no insulin), admitted after missing 2 HD sessions.
Seen w/ sister Renata at bedside. Sister: since their mother passed in October pt has perched at her bedside "folded over like a jackknife" for most of the day, both elbows jammed into her thighs, barely moving. Sister first saw dark spots on both thighs, right where the elbows sit, on 12/18/23 while helping her bathe.
Exam: sits at edge of bed, trunk flexed, elbows pressed into anterior distal thighs, minimal spontaneous movement, mutism, posturing maintained >10 min, waxy flexibility present, negativism to limb repositioning. Bush-Francis 14.
Wt 118 kg, BMI 41.
A: Catatonia in setting of schizophrenia + grief; medical contributors (uremia) to be excluded.
P: Lorazepam challenge 1 mg IV (renal dose ok), repeat Bush-Francis in 1 hr; 1:1 sitter for safety and to reposition q1h; PT consult; medicine to have derm look at thigh lesions.
"""),
("2024-01-10", "Sitter Observation Log", """
CONSTANT OBSERVATION FLOWSHEET - 1:1 sitter, rm 412
2200 Pt sitting at bedside, bent forward, elbows on both thighs. Quiet. Encouraged to lie down, did not respond.
2300 Same position. Rocking slightly. Took 3 sips of ginger ale w/ prompting.
0000 RN in to assess. Pt moaned when RN lifted her L elbow off the thigh. Dark purple patches under where her arms rest, both legs above the knee.
0100 Lying on her side now w/ pillow between knees per RN.
0200 Back up on the edge of bed, elbows in same spot. Redirected x2, no effect.
0400 Asleep sitting up. Snoring.
0600 Awake. Said "hurts" and pointed at her right thigh. First word all shift. RN notified.
No attempts to leave, no self-harm behaviors. Sister called at 0630.
"""),
("2024-01-12", "Dermatology Consult", """
Dermatology consultation - 4 Tower
49yo woman; HD-dependent; T2DM, no insulin, BMI 41.0, catatonia under treatment by psychiatry.
Lesions: bilateral anterior distal thighs, left 7x5cm, right 6x5cm; star-shaped purpura, necrotic centers and gray-black eschar on the L; both firm, exquisitely painful. Lesion distribution mirrors exactly the two weight-bearing points where her elbows have pressed for the past three months.
Histopathology (1/10, L thigh): calcified, hyperplastic arteriolar intima in the subcutis plus thrombus and fat necrosis = calcific uremic arteriolopathy.
Dx: calciphylaxis, front of both thighs, right under the elbow pressure points (onset per sister 12/18/2023).
Recs: offload thighs - pillow bridge across lap, sitter to redirect posture; thiosulfate thrice weekly at dialysis; d/c calcium carbonate; wound care BID; pain control. Derm to follow weekly.
"""),
]}

Y04 = {"patient_id": "Y04", "age": 66, "sex": "M", "notes": [
("2020-09-29", "Hospitalist Admission H&P", """
HOSPITAL MEDICINE H&P
CC: "my leg incision went black"
HPI: 66M w/ ESRD (HD Tu/Th/Sat), T2DM, HTN, CAD, 3-vessel bypass 08/11/2020 (LIMA-LAD, SVG x2, saphenous vein taken from the L leg). Post-op course c/b AF, discharged on warfarin, which cardiology stopped 9/15 after he converted to sinus. Pt states the long healed scar on the inner L calf began turning purple and "hard as a board" in early September, now has black crusts along 8 cm of it and he is unable to bear weight d/t pain. Sternotomy healing fine. New on insulin since the bypass (glargine 18u qhs + SSI); before surgery he was on glipizide only.
Exam: BMI 30.0 (Wt 97 kg, Ht 180 cm). Sternum well healed. L medial calf along vein-harvest incision: linear chain of black eschars with surrounding violaceous net-like discoloration and woody induration, exquisite tenderness. Right leg unremarkable; pedal pulses by doppler.
A/P: 
1. Necrotic lesions along L leg vein-harvest scar in HD pt - calciphylaxis high on ddx; ddx wound dehiscence/infection, warfarin necrosis less likely (off since 9/15 and pattern wrong). Derm consult, wound care, no compression.
2. DM: cont glargine, SSI.
3. ESRD: HD tomorrow, renal following.
4. Mood: pt very down, says "what's the point" - C-L psych consult.
"""),
("2020-09-30", "Psychiatry C-L Consult", """
C-L PSYCH NOTE
Reason for consult: low mood, passive death wish comment.
66 y/o man, 7 weeks out from heart surgery, now w/ painful dark wound on his L lower leg where they harvested the vein. "I got through the heart surgery and now the scar on my leg is rotting." Describes feeling like a burden on his wife since Aug, sleep fragmented by pain. Denies active SI, no plan, no intent, no past attempts, no firearms at home (checked w/ wife). No prior psychiatric hx. Drinks rarely.
MSE: casually dressed in gown, cooperative, psychomotor slowed, mood "lousy", affect dysphoric but reactive (laughed about grandson), TP goal directed, no psychosis, cognition grossly intact.
PHQ-9 = 13.
Dx: Adjustment disorder w/ depressed mood; r/o post-CABG depression.
Plan: sertraline 25 mg daily x 1 wk then 50 mg; supportive therapy; cardiac rehab referral on d/c when wound allows; low risk for self-harm at this time, no sitter needed.
"""),
("2020-10-02", "Dermatology Consult", """
DERMATOLOGY CONSULT - PATH RESULT
66 M, HD, CABG 8/11/20 with L great saphenous harvest.
Path 9/30 (L medial calf, edge of eschar): rings of calcium hugging small-to-medium vessel walls deep in dermis/fat, narrowed lumens, thrombi; no vasculitis; tissue cx negative.
Assessment: Calciphylaxis of the L lower leg confined to the saphenous harvest incision line - surgical scar as the site of Koebnerization. Onset early Sept 2020, about 4-5 weeks after surgery.
Plan: thiosulfate at dialysis, cinacalcet per nephrology; keep off warfarin (already stopped); avoid further trauma to the leg incl. tight ace wraps; wound clinic after d/c.
"""),
]}

Y05 = {"patient_id": "Y05", "age": 54, "sex": "F", "notes": [
("2025-03-28", "Nursing Admission Skin Assessment", """
ADMISSION SKIN ASSESSMENT - Med/Surg 5 North
Admitted from ED 1640. Ambulates w/ steady gait, slight limp favoring R.
Braden 18. Skin warm dry, turgor fair. L forearm AV fistula +thrill +bruit, no IVs or BPs in L arm.
R knee, anterior/patellar: 3 cm black dry eschar with violaceous border and lacy dusky rim extending ~2 cm, exquisitely painful to light touch. Pt says "I busted that knee open falling off the bus at the start of the month - it was healing and then it went purple on me."
No other wounds. Ht 165 cm Wt 67.8 kg, BMI 24.9.
Pt reports she drinks "a couple beers most nights". CIWA started per order set, score 4.
HD pt (Tu/Th/Sa), last run Thurs. No hx diabetes.
"""),
("2025-03-29", "Psychiatry C-L Consult", """
CL Psychiatry Consult
Reason: "EtOH use, anxiety, pt asking for Xanax"
54F, ESRD on HD, no DM, admitted for a painful R knee wound.
Hx per pt: Was getting off the number 14 bus on 3/2 after "a few beers at my cousin's," missed the step, landed on her R knee on the curb, skinned it up pretty bad. Cleaned it herself. It scabbed and was getting better, then since 3/15 it turned purple-black and now "hurts worse than when I broke my wrist." Drinks 3-5 beers/day x ~10 yrs, no w/d seizures, no DTs. Worries constantly about money + losing her apartment.
MSE: alert, anxious, restless, good rapport, speech normal rate, mood "on edge", no SI/HI, no psychosis, oriented x4.
Impression: Alcohol use d/o, moderate; GAD vs substance-induced anxiety.
Rec: continue CIWA w/ renally appropriate benzo only as needed; thiamine/folate; hydroxyzine PRN anxiety instead of alprazolam; offer naltrexone - discuss w/ renal; SW for housing.
"""),
("2025-04-01", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Pt is a 54yo HD patient, referred for a sore R knee ulcer.
Timeline: mechanical fall 03/02/2025 with abrasion of the R knee; new pain, purpura and blackening of that same abrasion from 03/15/2025.
Exam: R anterior knee - adherent blackened crust 3.5x3cm, retiform purpuric halo, firm. Left knee normal.
Path (3/29 punch, border): mural calcium in the little vessels of the fat lobules, thrombi, necrosis. Calcium stain positive. No organisms.
Impression: calciphylaxis of the R knee, which has come up exactly on the healing scrape from her fall (Koebner phenomenon). Not diabetic, no warfarin, BMI 24.9 - her main risk is ESRD with uncontrolled phosphate (8.1).
Recs: STS w/ HD, binder adjustment by renal, gentle wound care, avoid knee-down kneeling, pain mgmt.
"""),
]}

Y06 = {"patient_id": "Y06", "age": 77, "sex": "F", "notes": [
("2019-06-20", "Hospitalist Progress Note", """
Progress Note - Hospital Medicine, Day 2
S: 77yo F readmitted (last stay was in May for CHF exacerbation). Main complaint is "the back of my arm is murder." By her account it began 2 wks ago, initially a red-purple knot "like a marble" and has since gone dark. She can't sleep on it.
Daughter mentions "they gave her those blood thinner shots three times a day back in May, in the back of her arm, and that's the same place."
O: AF, HR 72, BP 138/64. Wt 71kg / BMI 29.9 (overweight range).
Skin: posterior aspect of the arm, mid-upper arm: 4x3cm violaceous, stellate, indurated plaque w/ central dusky-black area, very tender. No fluctuance.
MAR review from May admission: heparin 5000 units SC q8h given throughout that stay.
A/P: 
#Painful necrotic arm plaque where SC heparin went in last month; HD pt, so calciphylaxis a real worry. Derm consult.
#ESRD on HD - HD today.
#T2DM - glipizide held, BG 140s.
#HFpEF - euvolemic after HD.
"""),
("2019-06-21", "Dermatology Consult", """
Derm Consult
77 F on HD, type 2 diabetes (orals only, never insulin), not on anticoagulation at home.
Lesion: back of the upper arm, 4x3cm retiform purpuric plaque, central necrosis. Onset about 6 June per pt. The spot matches the area where her SC heparin was injected during the 5/2019 hospitalization.
Bx performed at bedside (4 mm punch from periphery). Frozen read by path this afternoon + von Kossa: subcutaneous vessel calcification and clot.
Dx: Calciphylaxis at a former subcutaneous heparin injection site.
Recs: sodium thiosulfate per renal; DVT ppx via SCDs rather than SC heparin this admission, and if ever needed, not into the arm; daily dressing w/ petrolatum gauze.
"""),
("2019-06-24", "Nursing Shift Note", """
Day shift RN
0800 Assessment: A&O x4, pleasant. Pain to arm wound 6/10, PRN given.
Braden 15: sens 4, moist 3, activ 2, mobil 3, nutr 2, fric 1 -> will get heel boots + q2h reminders.
Wound care done per derm: arm eschar unchanged, no drainage, no odor, periwound purple/lacy. Petrolatum gauze + kerlix, not tight.
SCDs on both legs. NO SQ heparin per order.
1300 to HD via wheelchair, back 1700, tolerated well, 2.1 kg off.
Pt "overweight, not obese" per dietitian, BMI 29.9 - renal diet education done with daughter.
"""),
]}

Y07 = {"patient_id": "Y07", "age": 61, "sex": "M", "notes": [
("2023-01-10", "Psychiatry C-L Consult", """
C-L Psychiatry | Initial
Asked to see: 61 y/o M w/ OUD on buprenorphine-naloxone, pain crisis, "demanding more opioids, staff concerned".
Background: ESRD on home PD (CCPD), DM2 on insulin (Lantus + Novolog), frozen L shoulder x ~1 yr.
Pt's account: "I been icing that shoulder since August, three, four times a day, strap the ice pack right on top with a belt." Last fall he noticed "a sore that wouldn't heal" at the L shoulder point where the pack lands; now it's an open black wound, and he says nothing touches the pain.
Has been stable on bup 16 mg/d x 3 yrs with his outpt clinic, last UDS appropriate. No IVDU since 2014. Denies diversion.
MSE: mildly irritable but redirectable, no SI, no psychosis, judgment fair. Pain behaviors congruent with what's seen on exam.
Impression: OUD in sustained remission on MOUD; acute pain from a real tissue injury - not drug-seeking.
Recs: continue bup, split TID for analgesic effect (8 mg TID ok), may add short-acting full agonist on top for severe pain; do not taper bup. Derm/wound eval of shoulder.
"""),
("2023-01-11", "Hospitalist Progress Note", """
HM PROGRESS - SOAP
S: Slept poorly, shoulder pain 9/10, better after bup split. Wants to go home to his PD cycler.
O: vitals nl. BMI 35.2 on admit wt, today 34.8 (Wt 110.6 kg). L shoulder: superior/lateral deltoid cap, ulcer 5x4cm, thick black cap, and surrounding violaceous mottling, firm. Reticulated hyperpigmentation around it from the cold packs? R shoulder normal. PD catheter exit: clean/dry.
CaxP product 72, iPTH 890, albumin 2.9
ASSESSMENT/PLAN:
1) L shoulder necrotic ulcer in PD pt - likely calciphylaxis, site of months of daily ice-pack use. Derm c/s w/ bx. No more ice.
2) DM2 insulin - continue, BG ok.
3) OUD - psych recs appreciated, bup 8 TID.
4) Obesity - outpt counseling.
"""),
("2023-01-13", "Dermatology Consult", """
DERMATOLOGY - consult + bx result
Pt 61M, PD, insulin-dependent DM, obese.
Lesion: L shoulder, superior aspect, solitary necrotic ulcer 5x4cm w/ retiform edge. Began last fall (pt cannot narrow the month).
Bx (1/11): dermal and subcutaneous small-vessel calcification, thrombosis, ischemic necrosis - confirms calciphylaxis.
A: Calciphylaxis, left shoulder, at the exact place he has applied ice packs daily since August 2022 - cold injury as the local precipitant.
Plan: stop cold therapy to the shoulder; STS (IV, coordinate with PD team); wound care daily; outpatient derm 2 wks.
"""),
]}

PATIENTS = [Y01, Y02, Y03, Y04, Y05, Y06, Y07]
