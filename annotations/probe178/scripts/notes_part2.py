"""probe178 corpus notes, D08-D14 (group homes, assisted living and disability services,
plus the clinics around them; every person, place and sentence invented)."""

D08 = {"patient_id": "D08", "age": 57, "sex": "M", "notes": [
("2024-05-27", "Incident Report (GER)", """
GER - Oakbrook Residence (Summit Human Services)          05/27/2024 (Memorial Day)
Person: Walter S., 57 M.     Reporting staff: B. Quist, DSP     Witness: M. Reyes, DSP

Event: 1315, at the backyard cookout Walter had a generalized tonic-clonic seizure while
standing in line by the grill and fell forward onto the patio stones, landing on his RIGHT
knee. Seizure timed at 1 min 40 sec. Placed in recovery position; rescue med not needed
(protocol: Valtoco nasal if over 5 min). Post-ictal about 20 min.

Injury: R anterior knee - 4x3 cm abrasion with grit in it, swelling, bruise coming up over
the kneecap. No head strike seen. Later able to bear weight with stand-by assist.

Care: rinsed, gauze. On-call RN (T. Okafor) ordered an ice pack to the R knee for 15-20 min,
repeat q2-3h while awake x 48 h, and leg elevated. First ice on at 1345.
Notified: RN, house manager, guardian (brother), neurology nurse line on Tuesday.
PD cycler tonight as scheduled; catheter exit site checked - dry, intact.
"""),
("2024-06-18", "House Nurse Note", """
NURSING NOTE - Oakbrook           6/18/24
Walter S., 57 M, moderate ID, epilepsy (levetiracetam, lacosamide), ESRD on CCPD at the home
(staff-assisted cycler since 2022). No diabetes. No blood thinners.

F/u R knee: the scrape from the Memorial Day fall had closed by about 6/5, but early in June
staff saw the spot turning purple again and getting hard. Now 5x5 cm dusky violaceous
plaque over the R anterior knee / patella, center black 1.5 cm, net-like purple at the edges.
Walter limps, says "knee bad", won't kneel in the shower.
Not warm, no drainage, T 98.2. ROM limited by pain, no effusion felt.
Ice was stopped after the 48 h.
BMI 26.0 (78.2 kg). BP 132/78.
Latest PD labs: iPTH 890; Ca 9.9 and PO4 6.9 (from 5/30).

Plan: PCP and PD nurse notified; derm appt 7/2; Mepilex border, change q3 days; staff told no ice
packs and no heat to the R knee from now on.
"""),
("2024-07-02", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT        7/2/2024
57 M with ID and epilepsy, lives in a group home, ESRD on PD. Seen with DSP Bea.
R knee lesion since early June 2024, at the spot where he fell on 5/27/24 and where staff
iced the knee for the next 2 days.

Exam: R anterior knee: stellate necrotic plaque 6x5 cm, eschar-covered, firm indurated rim and
retiform purpura. L knee with old scars from past falls, nothing active. Abdomen: PD exit site
clean.

Procedure: incisional biopsy from the rim today.
Path: arterioles within the subcutaneous fat - medial calcium, luminal thrombus; no
vasculitis; Gram stain negative. Consistent with calciphylaxis.

Impression: calciphylaxis at a site of recent injury (fall abrasion followed by cold therapy).
Plan: PD team to add sodium thiosulfate and lower calcium load; stop calcium-based binder;
agency wound RN; seizure plan reviewed with staff re falls. BMI 25.8.
"""),
]}

D09 = {"patient_id": "D09", "age": 34, "sex": "F", "notes": [
("2018-03-20", "Annual Physical", """
ANNUAL PHYSICAL EXAM (for ISP)          Brookline Family Medicine
Pt: Tamika J., 34 F, mild ID, lives at the Elmwood group home, here with staff K. Dunmore.
PMH: SLE; lupus nephritis (ISN/RPS class IV) -> ESRD, HD since 2015 (TTS, L forearm AVF);
antiphospholipid antibody positive - was on warfarin 2014-2017, stopped after a GI bleed,
now no anticoagulant. Menstrual management: medroxyprogesterone (Depo-Provera) 150 mg IM
every 12 weeks, given here into the L deltoid ("my shot arm" - she asks for it), last dose today.
A1c 5.2 - not diabetic. No seizures.
Meds: prednisone 5 mg qAM, hydroxychloroquine 200 mg, sevelamer, Depo q12wk.
Vaccines: influenza 10/2017 (L deltoid), Tdap 2016.

Exam: wt 76.1 kg, ht 165 cm, BMI 28.0. BP 128/70. Skin: no rash, no ulcers. Heart RRR,
lungs clear, trace ankle edema.
Screening: Pap deferred (pt declines, discussed with guardian), vision and hearing done.
ISP recommendations: keep renal diet, walking group 3x/wk, next Depo due 6/12/18.
"""),
("2018-11-07", "Dermatology Consult", """
DERMATOLOGY CONSULT            11/07/2018
Tamika J., 34 F, SLE with ESRD on HD, lives in a group home; with DSP.
CC: painful hard plaque R upper arm for about 6 weeks.
Patient and staff deny any injury, burn, bite or anything rubbing on that arm. Her
Depo-Provera and flu shots all go in the LEFT deltoid (MAR reviewed back to 2016).
L arm exam: injection area unremarkable.

Exam: R upper arm, lateral mid-portion: violaceous indurated plaque 6x4 cm, retiform border,
central 1 cm ulcer with fibrin. Thighs, abdomen, buttocks: no lesions.
Ddx: calciphylaxis vs lupus panniculitis vs vasculitis.
Deep incisional biopsy done.
Addendum 11/13: subcutaneous small and medium vessels calcified, with thrombosis,
no interface change, no vasculitis -> calciphylaxis (not lupus profundus).

Plan: nephrology told; wound care referral; no debridement now.
"""),
("2018-12-04", "Nephrology Clinic Note", """
NEPHROLOGY / HD UNIT MONTHLY
Tamika J., 34 F, ESRD (lupus nephritis), HD TTS at Glenmore Dialysis.
New: biopsy-proven calciphylaxis R upper arm, Nov 2018.
On prednisone 5 mg (chronic); phos 7.0, Ca 9.9, PTH 420, albumin 3.2.
Past warfarin (2014-2017) noted as a risk factor.
Vitals: pre-HD wt 75.0 kg, BMI 27.5, BP 144/80.

A/P:
1) Calciphylaxis - thiosulfate 25 gm IV given with HD (3 doses/wk); sevelamer up;
   cinacalcet; stop calcitriol.
2) Lupus - rheumatology to consider steroid taper.
3) Depo-Provera continues in the L deltoid per GYN - opposite arm, unrelated.
4) Pain: acetaminophen prn; gabapentin 100 mg only on HD days, after the run.
Group home RN to send weekly wound photos.
"""),
]}

D10 = {"patient_id": "D10", "age": 71, "sex": "M", "notes": [
("2021-09-09", "Assisted Living Nurse Note", """
Glen Arbor Assisted Living - nurse note (DD program)        9/9/21
Harold B., 71 M. Mild ID, ESRD (HD MWF at Lakeview Dialysis), AF (warfarin; INR aimed at 2-3),
T2DM controlled by diet (A1c 6.6), OA knees.
Wt 96.0 kg / 178.9 cm -> BMI 30.0.

Resident came to the nurse office at lunch: "my leg is on fire". Says it started over Labor
Day weekend. L posterior calf, upper-mid: 5x4 cm purple, woody-firm area with a lacy edge
and a small dark spot in the center. Not warm. Rest of calf soft, no swelling.
Denies a fall or bumping it. No new footwear, no brace. Walks with a cane.
INR 9/6 at dialysis 2.7.

Plan: PCP called - venous doppler ordered to r/o DVT; dialysis nephrologist aware;
acetaminophen 650 mg PRN; elevate; watch.
"""),
("2021-09-21", "Nephrology Note", """
Nephrology / dialysis rounds - Lakeview Dialysis             21 Sep 2021
71 M, ESRD (hypertensive nephrosclerosis) dialyzing MWF with a L forearm fistula; warfarin
for AF; diet-controlled DM, obesity. Calf doppler 9/10 negative for DVT. Derm punch bx 9/16
(L posterior
calf) read as calciphylaxis - vessel calcification plus thrombi. Lesion onset
Labor Day weekend.

Exam: L posterior calf 6x5 cm plaque, eschar forming, tender.
Labs: iPTH 710 | alb 3.4 | Ca 9.4 | phosphate 6.8 (high).

Plan: thiosulfate IV 25 g at each session; calcium acetate -> lanthanum; cardiology
agrees to switch warfarin to apixaban (AF, prior TIA) - starts next week; wound care at
the AL through home health.
"""),
("2021-10-02", "Incident Report", """
INCIDENT REPORT - Glen Arbor AL            10/02/2021 0640
Resident: Harold B.     Reported by: night med aide S. Fontaine

Found resident sitting on the floor beside his bed at 0610; says he slid off while getting
up for the bathroom and his L calf caught the steel bed frame as he slid down. Could not get up
alone - 2 staff assisted with gait belt.
Injury: bruise on the L lower calf 3x2 cm, just below the dressing over his calf wound;
dressing still on, wound not bleeding. C/o L calf pain (chronic since Sept).
No head strike. Now on apixaban (since 9/27), warfarin stopped.
VS BP 118/64 P 76. Neuro checks q1h x 4 - normal.
Notified: nurse, PCP, daughter. Bed lowered, bedside commode placed.
"""),
("2021-10-12", "Home Health Wound Visit", """
HOME HEALTH WOUND RN VISIT           10/12/21
Harold B., Glen Arbor AL. Calciphylaxis, L posterior calf (biopsy 9/16/21 proved it; began
Labor Day weekend).
Interval: fell 10/2 and bruised the L lower calf below the existing wound - bruise now
yellow-green, fading. The calciphylaxis wound is the same size as on 9/28.

Wound: L posterior calf 6.2x5.0 cm, 80% dry stable eschar, 20% pink-purple indurated rim, no
drainage, no odor. Periwound livedo.
Care: cleansed with NS, skin prep to periwound, dry foam dressing; eschar left intact (stable,
derm says no debridement).
Pain during the dressing change 6/10, premedicated 45 min before.
BMI per AL chart 30.0.
Staff teaching: keep bed in low position, heels floated.
"""),
]}

D11 = {"patient_id": "D11", "age": 58, "sex": "F", "notes": [
("2020-02-11", "House Nurse Note", """
NURSING NOTE - Juniper Lane home (Keystone Supports)          2/11/2020
Individual: Bernadette O., 58 F. Moderate ID, insulin-treated T2DM (detemir 20 u + lispro per
scale; staff inject the belly, keeping clear of the PD catheter), ESRD - CAPD, four
exchanges a day, trained staff do them (since 2018), HTN, obesity (BMI 38.2).

DSP reported last evening a "hard red-purple lump" on her R outer thigh while helping with
pajamas; she has been rubbing it and saying "ouch" for about a week.
Exam: firm violaceous plaque (5x4 cm) mid R lateral thigh, lacy edge, skin not broken,
not warm. No known injury - no falls, no GERs since December.
Evening staff had put a warm washcloth compress on it last night thinking it was a pulled
muscle - told them to stop any heat.

Plan: PCP notified; urgent derm referral; photo in chart; PD nurse informed.
"""),
("2020-02-25", "Dermatology Consult", """
DERM CONSULT          2/25/20
58 F, ID, ESRD on PD, DM on insulin, from a group home with staff.
R lateral thigh plaque, ~3 wks, center now necrotic (2 cm).
Deep punch biopsy of the R lateral thigh plaque today.
Addendum 3/2/20: calciphylaxis.

Also noted: lipohypertrophy where she gets insulin (lower abdomen), no purpura or
induration there; PD exit site clean. L thigh clear. BMI 38.0.

A/P: calciphylaxis R thigh. STS per PD team (IV vs intraperitoneal); wound clinic for
debridement opinion; no heat; no compression wraps.
"""),
("2020-04-07", "Wound Clinic Note", """
WOUND CLINIC FOLLOW-UP           4/7/2020
Bernadette O., 58 F - calciphylaxis R lateral thigh, biopsy 2/25.
Accompanied by DSP Kaylee; house RN on phone.

Wound: R lateral thigh 7.5x5.0x0.4 cm, 50% soft yellow-black slough, 30% firm eschar,
20% red granulation; moderate serous drainage; periwound violaceous with livedo. The
February biopsy site has merged into the ulcer.
Procedure: excisional sharp debridement, nonviable soft tissue (about 12 sq cm) to the
subcutaneous level with curette and forceps; bleeding controlled with silver nitrate.
Premedicated with oxycodone 2.5 mg at home; topical lidocaine; tolerated with staff support.
Dressing: Ca alginate, then ABD pad; paper tape on intact skin only.

On STS IV 3x weekly since 3/3. Glucose OK on insulin. BMI 37.6.
Plan: repeat debridement in 2 wks if slough recurs; dressing change daily by staff; no
warm compresses.
"""),
]}

D12 = {"patient_id": "D12", "age": 63, "sex": "M", "notes": [
("2023-01-17", "DSP Shift Note", """
SHIFT NOTE 3p-11p      Rowan Street Home      1/17/23      DSP: Feliks W.
Paul ate 75% of supper (pureed). Back from dialysis 1500, tired, slept in recliner 1 hr.
Watched Jeopardy w/ housemates, calm.
At shower time I saw both of his lower legs (calfs) have dark purple patches, right one
bigger, and there are black spots on the left one. He cried when the washcloth touched them.
Asked day staff - they did not see any bump or fall. No GER written. I looked around
his room for anything sharp, found nothing. Legs not swollen.
Called house nurse Ines, she will come in the AM and look.
Evening meds given per MAR. Paul asleep 2130, checks q2h, slept thru.
"""),
("2023-02-02", "Dermatology Consult", """
Dermatology            2/2/2023
63 M, Down syndrome with early-onset Alzheimer dementia, ESRD on HD MWF, lives in a group
home. Painful lesions, backs of both calves, since mid-January. Staff deny any trauma, falls,
heat or ice, tight socks; he wears loose socks, no compression. No diabetes, no warfarin.

Exam: posterior calves, both sides - several retiform purpuric plaques, stellate necrosis
(R 8x6 cm, L 5x4 cm with 2 small eschars). Thighs and abdomen clear. BMI 24.0.
Punch biopsy 2/2. Addendum 2/6: vessel wall calcification with thrombi - calciphylaxis.

Plan: nephrology for STS; hospital admission under discussion for pain control - if he is
admitted he would need DVT prophylaxis (SC heparin), and the injections should then go in
the abdomen or arms, not the legs. Legs: no compression wraps, no heat, no ice. Wound RN.
"""),
("2023-02-09", "Guardian Communication", """
GUARDIAN NOTIFICATION - Rowan St.           2/9/23       By: I. Castellanos, RN
Spoke with Paul's sister and guardian, Margit, by phone about the biopsy result. Paul has
calciphylaxis on both calves. Explained it is linked to his kidney failure and dialysis, that
it is painful and heals slowly, and that it can be life-threatening.
Margit asked whether the home caused it. Told her no falls, bumps or injuries were seen or
reported and there were no incident reports; the doctors did not find any cause on the legs.
Plan shared: sodium thiosulfate at dialysis 3x a week, wound RN visits, pain meds scheduled
before care, and if he goes into the hospital he might get blood-thinner shots, but not in the
legs. She agrees. She would like a hospice evaluation discussed at the next IDT if he keeps
declining. Support team updated.
"""),
]}

D13 = {"patient_id": "D13", "age": 39, "sex": "F", "notes": [
("2023-03-08", "House Nurse Note", """
RN NOTE - Sycamore Row Supported Living         3/8/2023
Individual: Naomi F., 39 F. Spastic diplegic CP, mild ID, ESRD, dialysis TTS via R arm fistula,
hypothyroid. No DM. Not on anticoagulants. Ambulates with forearm crutches.

New L supramalleolar orthosis (SMO, a short foot-and-ankle brace) delivered by the orthotist
on 3/1/23. Staff report redness at the inner ankle after wearing it. Today: 1.5 cm intact clear
blister over the L medial malleolus (inner ankle bone), surrounding pink 3 cm, blanching.
No other areas. Calves, shins normal.
Action: SMO off until adjusted; foam donut around blister; orthotist called - will heat
and flare the shell at the medial ankle on 3/10.
Wt 54.0 kg, BMI 21.5.
Guardian (father) notified.
"""),
("2023-05-16", "Dermatology Consult", """
DERMATOLOGY CONSULT           05/16/2023
39 F with CP and mild ID, ESRD on HD, lives in supported living. Painful plaque on the L
inner calf since late April.

Exam: L medial calf, mid-calf, 14 cm above the medial malleolus: violaceous indurated
plaque 5x3.5 cm, retiform edge and central dusky necrosis. The SMO covers only the foot
and ankle - this lesion is far above the brace and not at any point it touches. The March
ankle blister has healed to a faint pink mark at the medial malleolus.
R leg clear. BMI 21.3.

Deep punch biopsy L medial calf. Path 5/19: calcium in the walls of fat-layer arterioles,
thrombosis; read as calciphylaxis.

Plan: nephrology - STS; calcium-free binder; wound clinic. OK to keep wearing the modified SMO.
"""),
("2023-06-13", "Wound Clinic Note", """
Wound clinic - follow-up       6/13/23
Naomi F., 39 F. L medial mid-calf calciphylaxis (biopsy 5/16/23).
Wound 5.2x3.8 cm, thin black eschar 60%, rim tender and violaceous. No drainage, no odor.
L medial ankle: healed, skin intact; SMO worn daily since April with extra padding at the
inner ankle, no new redness.
Dressing: hydrogel to the eschar edges, bordered silicone foam; change every 3 days by
supported living staff.
STS with HD since 5/20; pain better, 4/10. Weight stable, BMI 21.3.
Plan: see in 3 wks.
"""),
]}

D14 = {"patient_id": "D14", "age": 36, "sex": "M", "notes": [
("2024-10-08", "House Nurse Note", """
NURSING NOTE - Larchmont Home (PWS program)            10/8/24
Individual: Owen T., 36 M, Prader-Willi syndrome, mild ID, ESRD (diabetic nephropathy), HD
MWF, T2DM - degludec 30 u once daily by pen given by med staff into the anterior thighs
(his choice), obesity class III, BMI 47.5. Secured kitchen per his support plan.

Weekly skin check:
- Chronic skin-picking sores both forearms and shins, 6-8 small crusted spots, same as last
  month (behaviour plan: hand fidgets, gloves at night).
- R heel: 2 cm blister from the new sneakers bought 10/1; shoes returned.
- NEW: lower abdomen, under the pannus fold, two hard purple patches (largest 6x4 cm) with
  a lacy edge. Owen says they have hurt for 5 days. He states he has not picked there and
  staff have not seen him touch the area.
Vitals: T 98.6, BP 150/88, P 90.
Plan: derm appt requested ASAP, PCP aware, dialysis RN to look Wed.
"""),
("2024-10-22", "Dermatology Consult", """
DERMATOLOGY         10/22/2024
Owen T., 36 M, Prader-Willi, dialysis-dependent, insulin-using T2DM, BMI 47.1. With house RN.

1. Lower abdominal pannus: two indurated retiform violaceous plaques, 7x4 cm and 3x3 cm,
   one with early black eschar. Deep incisional biopsy today. Addendum 10/25: arteriolar
   mineralisation in the fat, clotted lumens, necrotic fat lobules = calciphylaxis.
2. Forearms and shins: excoriations and prurigo nodules from picking - not calciphylaxis.
3. R heel: healing friction blister from shoes - not calciphylaxis.
4. Anterior thighs (where insulin goes): some lipohypertrophy; purpura and firm
   plaques absent.

Plan: nephrology for STS and binder change; wound RN for the pannus; behaviour team to keep
the picking plan; properly sized shoes.
"""),
("2024-11-19", "Hemodialysis Rounding Note", """
HD ROUNDS - Tidewater Dialysis, pod C        11/19/24
Owen T., 36 M, PWS; diabetic nephropathy -> ESRD; dialyzes MWF, L upper-arm fistula.
Pannus (lower abdomen) calciphylaxis, proven by biopsy in Oct 2024; no local injury there.
STS 25 gm at every run for 4 weeks so far; pannus pain down to 5/10 (was 8/10).
Pre-weight 146.2 kg, BMI 46.8. IDWG 3.4 kg - fluid talk again with group home staff.
Labs: A1c 7.8; albumin 3.5; Ca 9.1 mg/dL, PO4 5.9 mg/dL, iPTH 640.
Insulin degludec continues into the thighs; no changes at those sites per house RN.
Plan: continue STS; cinacalcet 60 mg; sevelamer; dietitian + group home menu review.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
