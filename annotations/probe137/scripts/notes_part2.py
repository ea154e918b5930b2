"""probe137 corpus notes, Z08-Z14 (psychiatry, addiction medicine and the clinics around them; all invented)."""

Z08 = {"patient_id": "Z08", "age": 44, "sex": "F", "notes": [
("2026-01-06", "Opioid Treatment Program Note", """
OPIOID TREATMENT PROGRAM -- prescriber visit
Bellwether OTP, dosing window B

44F, OUD (fentanyl), on methadone 90 mg daily; QTc 468 on last ECG. ESRD on HD (diabetic
nephropathy), DM2 on insulin detemir + aspart, obesity.
Used fentanyl twice over the holiday. New Year's Eve: "nodded off" holding a lit
cigarette, which burned through her leggings into her L anterior thigh.
Exam: L anterior thigh, round partial-thickness burn 1.8cm across, pink and moist, no
slough or crust, no infection. Healing.
Vitals: BP 144/90, HR 78, RR 14, not sedated. BMI 38.2, obese.
UDS: methadone +, fentanyl +, norfentanyl +.
A/P
- methadone up to 95 mg; naloxone kit replaced
- smoking: fire safety talk (no smoking in bed/couch), NRT offered
- burn: bacitracin + nonadherent pad, PCP check in 1 wk
- counseling weekly; PHQ-9 11, start therapy referral
"""),
("2026-03-05", "Opioid Treatment Program Follow-up", """
BELLWETHER OTP -- prescriber follow-up

Stable on methadone 95 mg; UDS x3 negative for fentanyl. Meeting w/ peer recovery coach.
New c/o: "my burn came back and it's worse." The spot on her L thigh had healed by late
January, then about 2 wks ago it turned purple, hard and very painful; black in the middle
now.
Exam: L anterior thigh, at the old burn scar -- firm violaceous plaque 5x4cm with
branching margins, a 1.5cm black eschar in the middle, tender. No pus, afebrile.
Vitals: BP 150/88, HR 82.
Dialysis labs faxed over (PTH 980; Ca 9.7; phos 7.9).
A/P: worry for calciphylaxis in an HD pt; urgent derm referral placed today, nephrology
notified. No full-agonist opioid added given OUD; pain plan to be set w/ derm/nephro and
OTP input.
"""),
("2026-03-19", "Dermatology Consult", """
DERMATOLOGY CONSULT

44F, HD for diabetic kidney disease, DM2 on insulin, OUD on methadone. Sent by the OTP
for a L thigh lesion.
History: cigarette burn to the L anterior thigh 12/31/2025; burn healed, then a new
painful plaque in the burn scar from ~2/19/2026.
Exam: L anterior thigh, 5.5x4.5cm purpuric plaque w/ retiform edges and black eschar,
centered on the burn scar. Abdomen: scattered lipohypertrophy where she injects insulin,
no purpura there. R thigh clear.
Biopsy 3/10/26 (L thigh, 6 mm punch): calcium lining small vessels within the fat
lobules, thrombosis, necrosis -> calciphylaxis.
Assessment: calciphylaxis of the L anterior thigh, localized to a prior cigarette burn.
Plan: sodium thiosulfate each dialysis; dressing change q3 days; pain per palliative
w/ OTP coordination.
BMI 37.9.
"""),
]}

Z09 = {"patient_id": "Z09", "age": 41, "sex": "F", "notes": [
("2018-06-11", "Addiction Medicine Follow-up", """
ADDICTION MEDICINE -- buprenorphine ER visit
Harbor Lights Recovery Clinic

41F, OUD (heroin, later fentanyl), in sustained remission 14 mo; moved from SL
buprenorphine-naloxone to monthly buprenorphine ER SC injection in Feb. ESRD on HD (FSGS
plus diabetic nephropathy), DM2 on insulin glargine (injects both upper arms), BMI 41.

Injection today: buprenorphine ER 100 mg SC into the abdomen R of the umbilicus, ~5 cm
out. Every earlier dose also went in right of the navel -- her request, since she sleeps
on her left. May site palpable as a small soft depot, nontender, expected.

MSE: well groomed, euthymic, organized, no SI/HI.
Vitals: BP 138/84 HR 76.
State PDMP reviewed: nothing else controlled.
Plan: next injection 7/9; cont sertraline 50 mg; peer support group Weds.
"""),
("2018-08-02", "Dialysis Unit Progress Note", """
DIALYSIS UNIT -- nephrology progress note
Seacliff Dialysis, T/Th/Sa

41F, ESRD, insulin-requiring DM2, obesity (BMI 41.4). OUD on monthly injectable
buprenorphine through Harbor Lights.
S: under her belly fold on the left, a sore, hard, purple area since early July.
Denies any injections there; insulin goes only into her arms.
O: L lower abdominal pannus, 8x5cm indurated livedoid plaque w/ two small black areas.
Labs: PTH 770 / phos 6.9 / albumin 3.3 / Ca 9.4.
A/P: suspect calciphylaxis -- refer derm for biopsy. Calcium acetate stopped, sevelamer
instead. STS w/ HD if confirmed.
"""),
("2018-08-16", "Dermatology Note", """
DERMATOLOGY

41F w/ ESRD on HD, obesity, insulin-requiring DM2.
Bx 8/7/18, L pannus (deep incisional): calciphylaxis -- arteriolar calcification, thrombi,
lobular panniculitis.
Lesion: L lower abdominal pannus 9x6cm with 2 eschars; onset early July.
Addiction clinic records reviewed: every monthly buprenorphine ER dose was placed
periumbilically on her right; that side is clear today. This lesion lies on the other
side and lower down, so not at an injection site. Insulin sites on the arms are clear as
well.
Plan: STS w/ HD; alginate + foam under the pannus, soft cloth lift, no binder; Harbor
Lights to keep using the R abdomen for her shots.
BMI 41.2.
"""),
]}

Z10 = {"patient_id": "Z10", "age": 67, "sex": "M", "notes": [
("2016-01-11", "Nephrology HD Rounding Note", """
NEPHROLOGY -- HD rounding

67M, hypertensive ESRD, in-center HD MWF for six years, AF on warfarin, bipolar I on
valproate (lithium stopped years ago), obesity, BMI 31.5.
S: since New Year's Day a purple, painful, spreading patch on his R outer thigh;
his wife calls it "a grape-colored map". No trauma, no falls.
O: R lateral thigh, retiform purpura 10x7cm, dusky centrally, exquisitely tender, not warm.
INR 3.1. PTH 1340, phos 7.6, Ca 9.2.
A: concern for calciphylaxis -- warfarin plus poorly controlled SHPT.
P: admit for biopsy + pain control. Warfarin -> apixaban (cardiology agrees). Derm consult.
Run today 4h, UF 2.4L, tolerated.
"""),
("2016-01-22", "Consultation-Liaison Psychiatry Consult", """
C-L PSYCHIATRY CONSULT, 6 East
Reason: agitation overnight, ?mania vs delirium

67M admitted 1/11 w/ R lateral thigh calciphylaxis (bx 1/13 confirmed), ESRD on HD,
bipolar I d/o.
Overnight 1/20 became agitated, pulling at his dressing and shouting; RN gave olanzapine
10 mg IM x1 into the R lateral thigh, a few cm from the wound dressing. Calm since.
Valproate level 38 (low). Sleep poor from pain; on hydromorphone PCA.
MSE: drowsy but rousable, oriented x2 (not to date), inattentive on letter test, mood
"hurting", no pressured speech, no grandiosity. CAM-ICU positive.
A: hyperactive delirium, multifactorial (pain, opioids, uremia, sleep loss) -- not mania.
P: - optimize pain w/ palliative; low-dose quetiapine (12.5) at bedtime as needed
   - no IM doses into the affected thigh; deltoid if ever needed
   - continue valproate, recheck level in 3 days
   - reorientation, family at bedside, lights off at night
"""),
("2016-02-05", "Wound Care Note", """
WOUND CARE -- inpatient f/u, 6 East

R lateral thigh calciphylaxis wound (onset 1/1/2016): 11x8cm, 60% eschar, 40% slough,
moderate serous exudate, periwound livedo. Small 2 cm bruise at the 1/20 IM injection site
just medial to the wound edge, fading, no new necrosis there.
Sharp debridement deferred (pain). Collagenase to slough, calcium alginate, ABD pad.
Reposition q2h, low air loss mattress.
On STS 25 g each run and apixaban (reduced dose). Mood calmer; C-L psych says delirium has
cleared.
Wt 104 kg / BMI 31.2.
"""),
]}

Z11 = {"patient_id": "Z11", "age": 63, "sex": "F", "notes": [
("2024-06-25", "PD Clinic Note", """
PD CLINIC -- Nephrology, Westmere Kidney Center

63F on CCPD x 3 yrs (diabetic nephropathy), DM2 on insulin lispro + degludec (abdomen),
obesity, depression on escitalopram.
S: very painful sore on her L calf, posterior side, since the end of May, "feels like a hot
coal". Denies bumping it, no new shoes or braces.
O: BP 148/80, wt 98.2 kg, BMI 35.7. Exit site ok.
L calf, posterior: ulcer 4x3cm, dusky violaceous border, thin central black eschar, hurts
with the lightest touch. DP/PT palpable.
Labs: PTH 690, phos 6.6, Ca 9.5, alb 3.1, A1c 7.4.
A: ?calciphylaxis vs arterial ulcer.
P: derm referral for biopsy; ABIs; stop calcitriol; binder adjusted. Pt tearful today,
PHQ-9 17 -- messaged her PCP and psychiatry.
"""),
("2024-07-09", "Dermatology Consult", """
DERMATOLOGY CONSULT

63F on home PD, DM2 on insulin, BMI 35.5. L posterior calf ulcer since late May.
ABIs normal-ish (noncompressible, TBI 0.71).
Exam: L posterior calf, ulcer now 4.5x3.5cm, black eschar, retiform purpuric rim, marked
tenderness. R leg clear.
Procedure: consent signed; punch x2 (4 mm) taken at the ulcer margin, L calf, Monsel's for
hemostasis, one suture each.
Path (addendum 7/12/24): calcified walls in small hypodermal vessels, clot, necrotic
fat. Pathology dx = calciphylaxis.
A/P: calciphylaxis of the left calf.
- IV STS through the infusion center; nephrology aware
- wound clinic weekly; may need debridement
- psychiatry referral moved up given mood
"""),
("2024-08-14", "Consultation-Liaison Psychiatry Consult", """
C-L PSYCHIATRY CONSULT -- Medicine 4B
Q: depression, passive SI, "wants to stop treatment"

63F, calciphylaxis of the L calf (proven on biopsy in July), PD-dependent ESRD,
insulin-treated DM2, admitted 8/10 for wound infection. Bedside sharp debridement of the
calf wound 8/12, wound vac placed 8/13; PICC placed in the R arm 8/11 for IV cefazolin.
Pt tells me "I cant do months of this." Passive death wishes x 2 wks, no plan, no intent,
no prior attempts. Husband supportive.
MSE: lying still, tearful, soft speech, mood "hopeless", affect constricted, TP logical,
no psychosis, cognition intact.
PHQ-9 19. C-SSRS: passive ideation only.
A: MDD, recurrent, severe w/o psychotic features, worsened by pain and illness burden.
Has capacity re dialysis decisions; not asking to stop PD at present.
P: escitalopram 10 -> 15 mg (renal max); mirtazapine 7.5 qhs; palliative for pain; psych
f/u outpatient; 1:1 sitter not needed.
"""),
]}

Z12 = {"patient_id": "Z12", "age": 50, "sex": "F", "notes": [
("2026-04-02", "Outpatient Psychiatry Follow-up", """
OUTPATIENT PSYCHIATRY -- Greyfield Clinic

50F, schizophrenia, paranoid features, on oral risperidone 2 mg w/ poor adherence (pill
counts ~50%). ESRD from HTN, eGFR 7; has declined dialysis for 2 yrs after repeated
discussions; capacity assessed by C-L psych in 2024 and intact; on conservative kidney
management w/ nephrology. A1c 6.1 -- prediabetic range, untreated. No anticoagulants.
S: says neighbors "send signals through the vents"; sleeping 4-5 h.
MSE: guarded, fair hygiene, speech normal, mood "watched", affect restricted, TP
circumstantial, persecutory delusions, no AH today, denies SI/HI.
Vitals: BP 164/96, HR 80, weight 70.4kg, BMI 26.0.
A/P
- nonadherence: discussed LAI; she is willing to try. Plan to start aripiprazole LAI next
  month, in the L deltoid (her choice). Risperidone continues until then.
- reviewed sleep hygiene
- RTC 4 wks for LAI initiation
"""),
("2026-04-28", "Nephrology Conservative Kidney Management Visit", """
NEPHROLOGY -- CONSERVATIVE KIDNEY MANAGEMENT CLINIC

50F, ESRD, declines dialysis (informed, consistent choice), schizophrenia.
S: painful dark patch, L upper arm, for 10 days. Tells me "they've been injecting me at
night while I sleep." Daughter, who lives w/ her, says nobody has given her any shots; no
vaccines this year; the LAI has not been started yet. Pt denies any fall, bump or burn.
O: BP 170/98. L lateral upper arm, violaceous reticulated plaque 5x4cm, early eschar
centrally, exquisitely tender. No puncture marks.
Labs: PTH 1410; phos 8.4; bicarb 17; alb 3.4; Ca 9.9.
A: suspect calciphylaxis in untreated ESRD; persecutory belief about injections, no
evidence of any injection.
P: derm bx; start sevelamer + cinacalcet; told psychiatry; hold the planned LAI.
"""),
("2026-05-14", "Dermatology Note", """
DERMATOLOGY -- follow-up after biopsy

50F, ESRD on conservative management (no dialysis), schizophrenia.
Bx 4/30/26, L upper arm, 6 mm punch: calcified, thrombosed small vessels at the dermal-
subcutaneous junction, necrotic fat -> calciphylaxis.
No history of any injection, procedure or injury at this site (confirmed w/ daughter and
clinic records); her belief that she is injected at night is a long-standing delusion per
psychiatry.
Exam: L lateral upper arm lesion now 5.5x4cm, eschar black. No other lesions.
A/P: calciphylaxis, L upper arm.
- IV STS via infusion center (no HD); nephrology following
- LAI: psychiatry will use a gluteal site when/if started; not in either arm
- foam dressing, pain per palliative
BMI 25.7.
"""),
]}

Z13 = {"patient_id": "Z13", "age": 47, "sex": "M", "notes": [
("2016-10-15", "Emergency Department Note", """
ED NOTE -- Lakeshore Memorial

47M brought by EMS after falling down 4 concrete steps outside a bar ~1 h ago. Smells of
EtOH, BAL 0.24. GCS 15. Dialysis-dependent ESRD (MWF; ran yesterday), DM2 diet-controlled,
HTN. AUD per chart, prior w/d w/o seizures.
Injuries: R elbow abrasion over the olecranon, 3 x 2 cm, gravel in it; mild R hip bruise.
No head strike per friend; CT head not indicated, c-spine cleared clinically.
Elbow XR: no fx, no joint effusion.
Vitals: BP 158/92, HR 104, T 36.6, SpO2 97%.
Wound irrigated, gravel removed, bacitracin + gauze. Tdap given 2014.
CIWA 6 on re-eval at 4 h.
Dispo: home with friend once clincally sober; addiction clinic walk-in info given; told to
keep Wed HD.
"""),
("2016-11-09", "Addiction Clinic Follow-up", """
ADDICTION CLINIC F/U -- Lakeshore Outpatient Recovery

47M, AUD severe, 3 wks sober since his ED visit for a fall; gabapentin 100 mg on
dialysis days. ESRD on HD, DM2 diet only.
New: a painful dark spot, dorsal R forearm, for a week -- "like a bruise that never
fades." The elbow scrape from the fall is healed.
Exam: R dorsal forearm mid-shaft, firm violaceous plaque 3x2.5cm, lacy border, pinpoint
dark center. R elbow: healed pink abrasion scar, separate from the forearm lesion.
Vitals: BP 146/88, HR 80, BMI 28.4.
HD labs last wk: phos 7.2 w/ Ca 10.0.
MSE: euthymic, engaged, no SI; AUDIT-C now 0 for the past month.
Plan: derm referral, told HD unit; continue IOP 3x/wk.
"""),
("2016-11-29", "Dermatology Consult", """
DERMATOLOGY CONSULT

47M, ESRD on HD, DM2 (diet), AUD in early remission.
R forearm lesion since ~11/2. Bx 11/17 (R forearm, 5 mm punch): calcified microvessel walls in
the subcutis, thrombi, panniculitis. Calciphylaxis.
Exam: R dorsal forearm, about 9 cm distal to the olecranon, 3.5x3cm plaque, black eschar
centrally. The healed R elbow abrasion from the 10/15 fall is a separate area, w/
normal skin between the two. No trauma to the forearm itself reported or seen.
Impression/plan: forearm calciphylaxis (R).
- STS w/ HD; nephrology to tighten phos control
- dressing: petrolatum gauze + foam
- avoid tight sleeves / BP cuff on R forearm
BMI 28.4.
"""),
]}

Z14 = {"patient_id": "Z14", "age": 36, "sex": "M", "notes": [
("2023-03-08", "Inpatient Addiction Medicine Consult", """
ADDICTION MEDICINE CONSULT -- inpatient, Medicine 9
Reason: OUD, wound care

36M, OUD (fentanyl, local supply frequently has xylazine), injects into both forearms and
the backs of the hands; denies injecting anywhere else. ESRD on HD (reflux nephropathy),
often misses Saturday runs. Admitted w/ K 6.8.
Skin: bilateral dorsal forearms w/ several punched-out ulcers at injection sites, biggest
one 4x3cm on the L, some with dry black eschar, minimal drainage. Separately, two tender
firm purple plaques low on the abdomen, one each side of the midline -- pt says these
appeared "about a month ago" and he has never injected there.
COWS 9 on arrival. BMI 21.3.
A/P
1. OUD: start buprenorphine via low-dose induction (fentanyl on board); naloxone kit
2. forearm wounds: likely xylazine-associated; wound RN, no tourniquet areas
3. abdominal plaques: ask derm, ?calciphylaxis
4. HIV/HCV screening sent
"""),
("2023-03-15", "Dermatology Consult", """
DERMATOLOGY CONSULT -- inpatient

36M, ESRD on HD, OUD. Two problems.
1) Lower abdominal plaques (R and L of midline), onset ~early Feb. Bx 3/10 (L lower
abdomen): vessel-wall calcium in small hypodermal vessels, thrombosis, necrotic fat. Dx:
calciphylaxis. No injection, trauma or procedure at the abdomen by pt report and chart.
2) Forearm ulcers at injection sites: bx 3/10 of the L forearm ulcer edge shows ulceration
w/ granulation tissue and no vascular calcification -- xylazine-associated wounds, NOT
calciphylaxis.
Exam today: abdominal plaques 5x4 (R) and 4x4cm (L) w/ early eschar; forearm wounds
unchanged.
Plan: STS w/ HD; abdominal wounds alginate + foam; forearm wounds moist care w/ wound RN;
no warfarin, none in hx; not diabetic.
"""),
("2023-04-20", "Addiction Clinic Follow-up", """
ADDICTION CLINIC F/U -- Cedar Hill Bridge Clinic

36M, OUD on SL buprenorphine 24 mg/d since inpatient induction; 4 wks w/o fentanyl per pt,
UDS bup +, fentanyl neg x2. Going to HD 3x/wk now with ride from the clinic van.
Abdominal calciphylaxis: getting STS w/ dialysis; eschars smaller per pt.
Forearm xylazine wounds: L forearm wound 2 x 1.5 cm, R nearly closed; no new injection
marks.
Vitals: BP 134/82, HR 72. BMI 21.8.
MSE: engaged, mood "better", no SI.
Plan: continue buprenorphine 24 mg; weekly visits; wound RN here Thursdays; HCV treatment
referral (Ab+ RNA+).
"""),
]}

PATIENTS = [Z08, Z09, Z10, Z11, Z12, Z13, Z14]
